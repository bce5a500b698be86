using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Corridor.Bench.Logistics;

/// <summary>
/// The HTTP client of bench/bookings-http.sh: <c>http-bookings URL TOKEN CLIENTS MAX_REQUESTS SECONDS [DEPARTURES]</c>.
/// CLIENTS concurrent loops each POST one-vehicle bookings to <c>/api/logistics/bookings</c>, spread round-robin over
/// the first DEPARTURES future departures counted in vehicles (few enough that they fill up and refusals happen), until
/// MAX_REQUESTS requests are sent or SECONDS have passed. Loopback only. Prints the rates, latency percentiles and one
/// line <c>accepted-references N</c> for the script's check against the database.
/// </summary>
public static class HttpBookingLoad
{
    public static async Task<int> RunAsync(string url, string token, int clients, int maxRequests, double seconds, int departures)
    {
        var baseAddress = new Uri(url);
        if (!baseAddress.IsLoopback)
        {
            await Console.Error.WriteLineAsync($"http-bookings: {url} is not a loopback address; refusing to load it");
            return 2;
        }

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var targets = await TargetsAsync(http, departures);
        if (targets.Count == 0)
        {
            await Console.Error.WriteLineAsync("http-bookings: no future departure in vehicles found");
            return 1;
        }

        // Warm-up: one booking per client (JIT, connection pools on both sides), not timed.
        var warm = await Task.WhenAll(Enumerable.Range(0, clients).Select(i => BookAsync(http, targets[i % targets.Count], $"WARM-{i}")));

        var sent = 0;
        var accepted = warm.Count(w => w.Status == HttpStatusCode.Created);
        var timedAccepted = 0;
        var refused = 0;
        var failed = 0;
        var latencies = new List<double>[clients];
        var stop = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = latencies[c] = new List<double>(maxRequests / clients + 1);
            while (stop.Elapsed < deadline)
            {
                var n = Interlocked.Increment(ref sent);
                if (n > maxRequests)
                {
                    break;
                }

                var (status, ms) = await BookAsync(http, targets[n % targets.Count], $"BENCH-{n}");
                mine.Add(ms);
                if (status == HttpStatusCode.Created)
                {
                    Interlocked.Increment(ref timedAccepted);
                }
                else if (status == HttpStatusCode.Conflict)
                {
                    Interlocked.Increment(ref refused);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        })));
        var elapsed = stop.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var requests = all.Length;
        accepted += timedAccepted;

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"clients {clients}, departures {targets.Count} (1 vehicle per booking), {requests} requests in {elapsed:0.00} s"));
        Console.WriteLine(string.Create(inv, $"requests/s {requests / elapsed:0}; accepted bookings/s {timedAccepted / elapsed:0} ({timedAccepted} accepted, {refused} refused as full, {failed} failed)"));
        Console.WriteLine(string.Create(inv, $"latency ms p50 {Percentile(all, 0.50):0.0} p90 {Percentile(all, 0.90):0.0} p99 {Percentile(all, 0.99):0.0} max {(all.Length > 0 ? all[^1] : 0):0.0}"));
        Console.WriteLine(string.Create(inv, $"accepted-references {accepted}"));
        return failed == 0 ? 0 : 1;
    }

    private static async Task<(HttpStatusCode Status, double Ms)> BookAsync(HttpClient http, Guid departure, string reference)
    {
        var t = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsJsonAsync("/api/logistics/bookings", new { departureId = departure, vehicles = 1, reference });
            await response.Content.ReadAsByteArrayAsync();
            return (response.StatusCode, Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        catch (HttpRequestException)
        {
            return (HttpStatusCode.ServiceUnavailable, Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        catch (TaskCanceledException)
        {
            return (HttpStatusCode.RequestTimeout, Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
    }

    private static async Task<List<Guid>> TargetsAsync(HttpClient http, int count)
    {
        using var doc = JsonDocument.Parse(await http.GetStringAsync("/api/logistics/departures"));
        var now = DateTimeOffset.UtcNow;
        return doc.RootElement.EnumerateArray()
            .Where(d => string.Equals(d.GetProperty("unit").GetString(), "vehicles", StringComparison.OrdinalIgnoreCase) && d.GetProperty("departs").GetDateTimeOffset() > now.AddDays(1))
            .OrderBy(d => d.GetProperty("departs").GetDateTimeOffset())
            .Take(count)
            .Select(d => d.GetProperty("id").GetGuid())
            .ToList();
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
