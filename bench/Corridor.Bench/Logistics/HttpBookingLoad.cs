using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Corridor.Bench.Logistics;

/// <summary>
/// The HTTP client of bench/bookings-http.sh: <c>http-bookings URL TOKEN CLIENTS MAX_REQUESTS SECONDS [DEPARTURES] [WARMUP_SECONDS]</c>.
/// CLIENTS concurrent loops each POST one-vehicle bookings to <c>/api/logistics/bookings</c>, spread round-robin over
/// the first DEPARTURES future departures counted in vehicles (few enough that they fill up and refusals happen), until
/// MAX_REQUESTS requests are sent or SECONDS have passed. Loopback only. Prints the rates, latency percentiles and one
/// line <c>accepted-references N</c> for the script's check against the database.
/// </summary>
public static class HttpBookingLoad
{
    /// <summary>How many departures after the timed ones the warm-up books on (150 places each on the reference ferries).</summary>
    private const int WarmUpDepartures = 200;

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");

    public static async Task<int> RunAsync(string url, string token, int clients, int maxRequests, double seconds, int departures, double warmUpSeconds)
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

        var future = await TargetsAsync(http, departures + WarmUpDepartures);
        var targets = future.Take(departures).ToList();
        if (targets.Count == 0)
        {
            await Console.Error.WriteLineAsync("http-bookings: no future departure in vehicles found");
            return 1;
        }

        // Warm-up, not timed: for WARMUP_SECONDS the clients book on the departures after the timed ones (so the timed
        // departures start empty), long enough for the server's tiered JIT to reach its optimised code; then one
        // booking per client on the timed departures (connection pools on both sides).
        var accepted = await WarmUpAsync(http, future.Skip(departures).ToList(), clients, warmUpSeconds);
        var warm = await Task.WhenAll(Enumerable.Range(0, clients).Select(i => BookAsync(http, targets[i % targets.Count], $"WARM-{i}")));

        var sent = 0;
        accepted += warm.Count(w => w.Status == HttpStatusCode.Created);
        var timedAccepted = 0;
        var refused = 0;
        var failed = 0;
        var latencies = new List<double>[clients];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var serverBefore = ServerCpuSeconds();
        var postgresBefore = ProcessesCpuSeconds("postgres");
        var machineBefore = MachineBusySeconds();
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
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var serverCpu = ServerCpuSeconds() - serverBefore;
        var postgresCpu = ProcessesCpuSeconds("postgres") - postgresBefore;
        var machineCpu = MachineBusySeconds() - machineBefore;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        var requests = all.Length;
        accepted += timedAccepted;

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"clients {clients}, departures {targets.Count} (1 vehicle per booking), {requests} requests in {elapsed:0.00} s"));
        Console.WriteLine(string.Create(inv, $"requests/s {requests / elapsed:0}; accepted bookings/s {timedAccepted / elapsed:0} ({timedAccepted} accepted, {refused} refused as full, {failed} failed)"));
        Console.WriteLine(string.Create(inv, $"latency ms p50 {Percentile(all, 0.50):0.0} p90 {Percentile(all, 0.90):0.0} p99 {Percentile(all, 0.99):0.0} max {(all.Length > 0 ? all[^1] : 0):0.0}"));
        Console.WriteLine(string.Create(inv, $"client CPU: {cpu:0.00} s = {1000 * cpu / Math.Max(1, requests):0.00} ms per request"));
        if (serverCpu is { } server)
        {
            Console.WriteLine(string.Create(inv, $"server CPU during the timed run: {server:0.00} s = {1000 * server / Math.Max(1, requests):0.00} ms per request"));
        }

        Console.WriteLine(string.Create(inv, $"PostgreSQL CPU during the timed run (its processes that lived through it): {postgresCpu:0.00} s = {1000 * postgresCpu / Math.Max(1, requests):0.00} ms per request"));
        Console.WriteLine(string.Create(inv, $"machine CPU busy during the timed run: {machineCpu:0.00} s of {Environment.ProcessorCount * elapsed:0.00} s = {1000 * machineCpu / Math.Max(1, requests):0.00} ms per request"));
        Console.WriteLine(string.Create(inv, $"accepted-references {accepted}"));
        return failed == 0 ? 0 : 1;
    }

    private static async Task<int> WarmUpAsync(HttpClient http, List<Guid> targets, int clients, double seconds)
    {
        if (seconds <= 0 || targets.Count == 0)
        {
            return 0;
        }

        var sent = 0;
        var accepted = 0;
        var stop = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            while (stop.Elapsed.TotalSeconds < seconds)
            {
                var n = Interlocked.Increment(ref sent);
                if ((await BookAsync(http, targets[n % targets.Count], $"WARM-UP-{n}")).Status == HttpStatusCode.Created)
                {
                    Interlocked.Increment(ref accepted);
                }
            }
        })));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: {sent} requests in {stop.Elapsed.TotalSeconds:0.0} s on {targets.Count} other departures ({accepted} accepted), not timed"));
        return accepted;
    }

    private static async Task<(HttpStatusCode Status, double Ms)> BookAsync(HttpClient http, Guid departure, string reference)
    {
        var t = Stopwatch.GetTimestamp();
        try
        {
            // The body is written by hand: the client shares the machine's cores with the server, so it should cost little.
            using var content = new ByteArrayContent(Encoding.UTF8.GetBytes($$"""{"departureId":"{{departure}}","vehicles":1,"reference":"{{reference}}"}"""));
            content.Headers.ContentType = JsonContentType;
            using var response = await http.PostAsync("/api/logistics/bookings", content);
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

    /// <summary>User + system CPU seconds of the server process named by CORRIDOR_SERVER_PID (Linux /proc), or null.</summary>
    private static double? ServerCpuSeconds()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("CORRIDOR_SERVER_PID"), CultureInfo.InvariantCulture, out var pid) || !File.Exists($"/proc/{pid}/stat"))
        {
            return null;
        }

        return CpuTicks(File.ReadAllText($"/proc/{pid}/stat")) / 100.0; // USER_HZ, 100 on Linux
    }

    /// <summary>utime + stime of a <c>/proc/PID/stat</c> line: the 12th and 13th fields after the command name (which is in parentheses and may hold spaces).</summary>
    private static long CpuTicks(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
    }

    /// <summary>User + system CPU seconds of every process whose command name is <paramref name="name"/> (Linux /proc).</summary>
    private static double ProcessesCpuSeconds(string name)
    {
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var open = stat.IndexOf('(');
                var close = stat.LastIndexOf(')');
                if (open < 0 || close < open || stat[(open + 1)..close] != name)
                {
                    continue;
                }

                ticks += CpuTicks(stat);
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return ticks / 100.0;
    }

    /// <summary>CPU seconds the whole machine was busy (all cores; /proc/stat, everything but idle and iowait).</summary>
    private static double MachineBusySeconds()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        return (cpu.Take(8).Sum() - cpu[3] - cpu[4]) / 100.0; // user nice system idle iowait irq softirq steal
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
