using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corridor.Tests.Support;
using Npgsql;

namespace Corridor.Tests.Logistics;

/// <summary>
/// Issue 5: N parallel HTTP clients book the last places of one departure through real <c>corridor serve</c>
/// processes on one PostgreSQL database, against one and against two server processes. The sum of accepted
/// bookings never exceeds capacity, every accepted booking is stored, refusals say why.
/// </summary>
public sealed partial class BookingHttpConcurrencyTests : IAsyncLifetime
{
    private const int Clients = 32;
    private const int RequestsPerClient = 3;
    private const int FreePlaces = 30;
    private const string Email = "planner@demo.test";

    private readonly ServerWorkspace _workspace = new("http-booking");

    private string ConnectionString => _workspace.ConnectionString;

    public async Task InitializeAsync()
    {
        if (TestDatabase.PostgresServer is null)
        {
            return;
        }

        await _workspace.CreateDatabaseAsync();
        await CliAsync("users", "add", "--organisation", "DEMO", "--create-organisation", "Demo", "--email", Email,
            "--role", "logistics-planner", "--password", "long-enough-pw", "--database", ConnectionString);
        await CliAsync("import", Path.Combine(ReferenceNetwork.RepositoryRoot(), "data", "reference"), "--organisation", "DEMO", "--database", ConnectionString);
    }

    public async Task DisposeAsync() => await _workspace.DisposeAsync();

    [PostgresFact]
    public async Task Book_ManyHttpClientsOnLastPlaces_TwoServerProcesses_NeverOversell() => await RaceAsync(servers: 2);

    [PostgresFact]
    public async Task Book_ManyHttpClientsOnLastPlaces_OneServerProcess_NeverOversell() => await RaceAsync(servers: 1);

    private async Task RaceAsync(int servers)
    {
        // Tokens first (one per client, through the CLI), a few processes at a time on this small machine.
        var tokens = new string[Clients];
        using (var gate = new SemaphoreSlim(4))
        {
            await Task.WhenAll(Enumerable.Range(0, Clients).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    tokens[i] = (await CliAsync("users", "token", "--email", Email, "--name", $"client-{i}", "--database", ConnectionString)).Trim();
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        await _workspace.StartServersAsync(servers);
        var running = _workspace.Servers;

        var (departure, capacity) = await FutureFerryAsync();

        // Leave only FreePlaces, booked through the API as well.
        using (var fill = Client(running[0], tokens[0]))
        {
            var filled = await fill.PostAsJsonAsync("/api/logistics/bookings", new { departureId = departure, vehicles = capacity - FreePlaces, reference = "FILL" });
            Assert.Equal(HttpStatusCode.Created, filled.StatusCode);
        }

        // Each client asks RequestsPerClient times for 1-3 vehicles, alternating between the servers:
        // 32 × 3 requests of 2 vehicles on average ask for far more than the 30 places left.
        var accepted = new ConcurrentBag<(Guid Id, int Vehicles, int Server)>();
        var refused = new ConcurrentBag<(int Vehicles, string Reason, int Server)>();
        var handled = new int[servers];
        var requested = 0;
        using var start = new ManualResetEventSlim(false);
        var clients = Enumerable.Range(0, Clients).Select(i => Task.Run(async () =>
        {
            var http = Enumerable.Range(0, servers).Select(s => Client(running[s], tokens[i])).ToArray();
            try
            {
                start.Wait();
                for (var r = 0; r < RequestsPerClient; r++)
                {
                    var server = (i + r) % servers;
                    var vehicles = 1 + ((i + r) % 3);
                    Interlocked.Add(ref requested, vehicles);
                    using var response = await http[server].PostAsJsonAsync("/api/logistics/bookings", new { departureId = departure, vehicles, reference = $"RACE-{i}-{r}" });
                    Interlocked.Increment(ref handled[server]);
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        using var doc = JsonDocument.Parse(body);
                        accepted.Add((doc.RootElement.GetProperty("id").GetGuid(), doc.RootElement.GetProperty("quantity").GetInt32(), server));
                    }
                    else
                    {
                        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"server {server} answered {(int)response.StatusCode}: {body}");
                        refused.Add((vehicles, body, server));
                    }
                }
            }
            finally
            {
                foreach (var h in http)
                {
                    h.Dispose();
                }
            }
        })).ToArray();
        start.Set();
        await Task.WhenAll(clients);

        // What the database holds.
        int booked;
        var stored = new Dictionary<Guid, (int Quantity, string Reference)>();
        await using (var conn = new NpgsqlConnection(ConnectionString))
        {
            await conn.OpenAsync();
            await using (var cmd = new NpgsqlCommand("SELECT booked FROM departures WHERE id = @id", conn))
            {
                cmd.Parameters.AddWithValue("id", departure);
                booked = (int)(await cmd.ExecuteScalarAsync())!;
            }

            await using (var cmd = new NpgsqlCommand("SELECT id, quantity, reference FROM bookings WHERE departure_id = @id AND status = 'Confirmed'", conn))
            {
                cmd.Parameters.AddWithValue("id", departure);
                await using var reader = await cmd.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    stored[reader.GetGuid(0)] = (reader.GetInt32(1), reader.GetString(2));
                }
            }
        }

        var acceptedVehicles = accepted.Sum(a => a.Vehicles);
        var summary = $"{servers} server(s), {Clients} clients, {handled.Sum()} requests for {requested} vehicles on {FreePlaces} free places: "
            + $"{accepted.Count} accepted ({acceptedVehicles} vehicles; per server {string.Join("/", Enumerable.Range(0, servers).Select(s => accepted.Count(a => a.Server == s)))}), "
            + $"{refused.Count} refused; booked {booked}/{capacity}";

        Assert.True(requested > FreePlaces, summary);
        Assert.True(acceptedVehicles <= FreePlaces, "oversold: " + summary);
        Assert.True(booked <= capacity, "oversold: " + summary);
        Assert.Equal(capacity - FreePlaces + acceptedVehicles, booked);
        Assert.Equal(stored.Values.Sum(b => b.Quantity), booked);
        Assert.All(accepted, a => Assert.True(stored.TryGetValue(a.Id, out var b) && b.Quantity == a.Vehicles, $"accepted booking {a.Id} is not stored"));
        Assert.Equal(accepted.Count, stored.Values.Count(b => b.Reference.StartsWith("RACE-", StringComparison.Ordinal)));
        Assert.Equal(Clients * RequestsPerClient, accepted.Count + refused.Count);
        Assert.NotEmpty(refused);
        Assert.All(refused, r =>
        {
            var m = RefusalReason().Match(r.Reason);
            Assert.True(m.Success, $"refusal without the reason: {r.Reason}");
            Assert.Equal(r.Vehicles, int.Parse(m.Groups["needs"].Value, CultureInfo.InvariantCulture));
            Assert.True(int.Parse(m.Groups["free"].Value, CultureInfo.InvariantCulture) < r.Vehicles, $"refused although it fit: {r.Reason}");
        });
        Assert.All(handled, h => Assert.True(h > 0, "a server answered nothing: " + summary));
    }

    [GeneratedRegex("not enough room: .* needs (?<needs>[0-9]+) vehicles and (?<free>-?[0-9]+) are free")]
    private static partial Regex RefusalReason();

    private async Task<(Guid Id, int Capacity)> FutureFerryAsync()
    {
        await using var conn = new NpgsqlConnection(ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SELECT id, capacity FROM departures WHERE service_code = 'ANZ-MKH-RORO' AND departs_at >= '2027-01-01' AND booked = 0 ORDER BY departs_at LIMIT 1", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "no 2027 ANZ-MKH-RORO departure in the reference data");
        return (reader.GetGuid(0), reader.GetInt32(1));
    }

    private static HttpClient Client(ServerProcess server, string token)
    {
        var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private Task<string> CliAsync(params string[] args) => _workspace.CliAsync(args);
}
