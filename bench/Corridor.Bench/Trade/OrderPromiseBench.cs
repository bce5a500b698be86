using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using Corridor.Cli;
using Corridor.Common;
using Corridor.Logistics;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Trade;
using Corridor.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Bench.Trade;

/// <summary>
/// The order promise for a 20-line order (Shahin, Quick and Saipa parts, Tehran → Minsk under the Saipa contract) on the
/// reference data in a SQLite demo database (as <c>corridor demo</c> builds it): in process through
/// <see cref="PromiseService"/> (a fresh scope and DbContext per call, as a request has), and through HTTP on a real
/// Kestrel server with an API token. Baseline (the peer in the same run): the route search alone for the same cargo,
/// loading the network from the database the same way, which is the largest single part of a promise.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class OrderPromiseBench
{
    private const string Number = "BENCH-20-LINES";

    private string _folder = "";
    private CliServices _services = null!;
    private WebApplication _app = null!;
    private HttpClient _http = null!;
    private RouteRequest _route = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _folder = Path.Combine(Path.GetTempPath(), "corridor-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var database = Path.Combine(_folder, "bench.db");
        var data = DemoCommand.FindReferenceData() ?? throw new InvalidOperationException("data/reference not found");
        var accounts = await DemoCommand.SetUpAsync(database, data, CancellationToken.None);
        _services = CliServices.Create(database);

        await using (var scope = await _services.ScopeAsync(DemoCommand.OrganisationCode, CancellationToken.None))
        {
            var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
            var entry = scope.ServiceProvider.GetRequiredService<OrderEntry>();
            string[] items = ["model:SHAHIN", "model:QUICK", "part:SAIPA-RAD-001", "part:SAIPA-SUS-001", "part:SAIPA-CST-001", "part:SAIPA-ELE-001", "part:SAIPA-ELE-002",
                "part:SAIPA-BDY-001", "part:SAIPA-EXH-001", "model:SHAHIN"];
            var lines = Enumerable.Range(0, 20).Select(i => items[i % items.Length].Split(':'))
                .Select((p, i) => new LineInput(p[0], p[1], p[0] == "model" ? 5 + i : 100 + i, null)).ToList();
            var order = (await entry.BuildAsync(new OrderInput(Number, "SAIPA-BY-2023", "SAIPA-BY-PARTNER", null, "SAIPA-TEHRAN", "BY-MINSK", "BY", null,
                DateOnly.FromDateTime(DateTime.UtcNow).AddDays(110), null, null, lines))).Value;
            db.Add(order);
            await db.SaveChangesAsync();
            var vehicles = order.Lines.Where(l => l.ItemKind == OrderItemKind.Model).Sum(l => l.Quantity);
            _route = new RouteRequest("SAIPA-TEHRAN", "BY-MINSK", Cargo.Vehicles(vehicles), DateOnly.FromDateTime(DateTime.UtcNow)) { Due = order.RequestedDate, MaxOptions = PromiseService.RouteOptions };
            var promise = await scope.ServiceProvider.GetRequiredService<PromiseService>().PromiseAsync(order);
            if (promise.Lines.Count != 20 || !promise.CanConfirm)
            {
                throw new InvalidOperationException("the bench order should have 20 lines and no blocker: " + string.Join("; ", promise.Blockers));
            }

            var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
            var manager = accounts.Single(a => a.Role == Role.ExportManager);
            var user = (await users.VerifyPasswordAsync(manager.Email, manager.Password)).User ?? throw new InvalidOperationException("no export manager");
            var (_, secret) = await users.CreateTokenAsync(user, "bench", null);
            _app = WebServer.Build(database, 0);
            await _app.StartAsync();
            _http = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            (await _http.GetAsync($"/api/trade/orders/{Number}/promise")).EnsureSuccessStatusCode();
        }
    }

    [Benchmark(Baseline = true)]
    public async Task<int> RouteSearchOnly()
    {
        await using var scope = await _services.ScopeAsync(DemoCommand.OrganisationCode, CancellationToken.None);
        return (await scope.ServiceProvider.GetRequiredService<NetworkStore>().RouteAsync(_route)).Options.Count;
    }

    [Benchmark]
    public async Task<int> PromiseInProcess()
    {
        await using var scope = await _services.ScopeAsync(DemoCommand.OrganisationCode, CancellationToken.None);
        var order = await scope.ServiceProvider.GetRequiredService<OrderService>().FindAsync(Number);
        return (await scope.ServiceProvider.GetRequiredService<PromiseService>().PromiseAsync(order!)).Lines.Count;
    }

    [Benchmark]
    public async Task<int> PromiseThroughHttp()
    {
        using var response = await _http.GetAsync($"/api/trade/orders/{Number}/promise");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _http.Dispose();
        _app.StopAsync().GetAwaiter().GetResult();
        ((IAsyncDisposable)_app).DisposeAsync().AsTask().GetAwaiter().GetResult();
        _services.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still open; it is in the temp folder
        }
    }
}
