using Corridor.Analytics;
using Corridor.Catalog;
using Corridor.MarketAccess;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Analytics;

/// <summary>The generator against the market-access engine, and its determinism, on the reference scenario (SQLite).</summary>
public sealed class HistoryGeneratorTests(SqliteAnalyticsFixture f) : IClassFixture<SqliteAnalyticsFixture>
{
    [Fact]
    public async Task Generate_EveryVehicleLine_IsEligibleOnItsShipDayByTheEngine()
    {
        await using var scope = await f.ScopeAsync();
        var engine = await scope.ServiceProvider.GetRequiredService<MarketAccessService>().LoadEngineAsync();
        var models = (await scope.ServiceProvider.GetRequiredService<CorridorDbContext>().VehicleModels.AsNoTracking().ToListAsync()).ToDictionary(m => m.Code);
        var vehicleLines = f.Lines.Where(l => l.ItemKind == ShipmentItemKind.Model).ToList();
        Assert.NotEmpty(vehicleLines);
        foreach (var combo in vehicleLines.GroupBy(l => (l.ItemCode, l.Market, l.ShipDate)))
        {
            var answer = engine.Check(ModelProfile.Of(models[combo.Key.ItemCode]), combo.Key.Market, combo.Key.ShipDate, -1);
            Assert.True(answer.Eligible, $"{combo.Key.ItemCode} shipped to {combo.Key.Market} on {combo.Key.ShipDate}, which the engine refuses");
        }

        // The reference scenario closes Russia to the Euro-4 Samand: the generator must have had something to refuse.
        Assert.True(f.Outcome.DroppedIneligible > 0);
        Assert.DoesNotContain(vehicleLines, l => l.Market == "RU" && l.ItemCode == "SAMAND");
        Assert.Contains(vehicleLines, l => l.Market == "RU" && l.ItemCode == "TARA");
    }

    [Fact]
    public async Task Generate_SameSeed_SameLines_OtherSeed_OtherLines()
    {
        await using var scope = await f.ScopeAsync();
        var history = scope.ServiceProvider.GetRequiredService<HistoryService>();
        var inputs = await history.LoadInputsAsync(new DateOnly(2023, 1, 1), new DateOnly(2023, 7, 1), 0.5, 42);
        var a = new HistoryGenerator(inputs).Generate().ToList();
        var b = new HistoryGenerator(inputs).Generate().ToList();
        var c = new HistoryGenerator(inputs with { Seed = 43 }).Generate().ToList();
        Assert.NotEmpty(a);
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public async Task GenerateAsync_SameSeedAgain_StoresIdenticalLinesAndLeavesTheDatabaseInWal()
    {
        // The fixture's own generation (same range, scale and seed) is regenerated through the bulk load: the stored
        // lines must be the same, row for row, and the file must be back in WAL mode after the rollback-journal load.
        await using var scope = await f.ScopeAsync();
        var outcome = await scope.ServiceProvider.GetRequiredService<HistoryService>().GenerateAsync(AnalyticsFixture.From, AnalyticsFixture.Until, 0.3, 7);
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var again = await db.Set<ShipmentLine>().AsNoTracking().ToListAsync();
        Assert.Equal(f.Lines.Count, outcome.Lines);
        Assert.Equal(f.Lines.Select(Row).OrderBy(r => r.LineNo), again.Select(Row).OrderBy(r => r.LineNo));
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    private static (long LineNo, long OrderNo, DateOnly OrderDate, DateOnly ShipDate, DateOnly DeliveryDate, DateOnly DueDate, string Market, string Maker, ShipmentItemKind Kind, string Item,
        string Group, int Units, long Kg, string Currency, long Value, long Usd, int Route, string Branch, int LeadDays, bool OnTime) Row(ShipmentLine l) =>
        (l.LineNo, l.OrderNo, l.OrderDate, l.ShipDate, l.DeliveryDate, l.DueDate, l.Market, l.Maker, l.ItemKind, l.ItemCode, l.ProductGroup, l.Units, l.WeightKg, l.Currency, l.ValueMinor,
            l.ValueUsdCents, l.RouteId, l.Branch, l.LeadDays, l.OnTime);

    [Fact]
    public async Task Generate_WeeklyLinkLoad_NeverExceedsScaledCapacity()
    {
        await using var scope = await f.ScopeAsync();
        var inputs = await scope.ServiceProvider.GetRequiredService<HistoryService>().LoadInputsAsync(new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1), 1.0, 3);
        var facts = new HistoryGenerator(inputs).Generate().ToList();
        var routes = inputs.Routes.ToDictionary(r => r.Id);
        var load = new Dictionary<(string Link, int Week), double>();
        foreach (var fact in facts.Where(x => x.RouteId > 0))
        {
            var slots = fact.ItemKind == ShipmentItemKind.Model ? fact.Units : fact.WeightKg / 10_000.0;
            foreach (var link in routes[fact.RouteId].Links.Where(l => l.SlotsPerWeek is not null).DistinctBy(l => l.Key))
            {
                var key = (link.Key, (fact.ShipDate.DayNumber - inputs.From.DayNumber) / 7);
                load[key] = load.GetValueOrDefault(key) + slots;
            }
        }

        var capacity = inputs.Routes.SelectMany(r => r.Links).Where(l => l.SlotsPerWeek is not null).DistinctBy(l => l.Key).ToDictionary(l => l.Key, l => (double)l.SlotsPerWeek!.Value);
        Assert.All(load, kv => Assert.True(kv.Value <= capacity[kv.Key.Link] + 1e-9, $"{kv.Key.Link} week {kv.Key.Week}: {kv.Value} > {capacity[kv.Key.Link]}"));
        Assert.Contains(load, kv => kv.Value > 0.9 * capacity[kv.Key.Link]);
    }

    [Fact]
    public void Period_Keys_RoundTrip()
    {
        Assert.Equal(20231, AnalyticsPeriod.Of(202303, Granularity.Quarter));
        Assert.Equal(20234, AnalyticsPeriod.Of(202312, Granularity.Quarter));
        Assert.Equal(new DateOnly(2023, 10, 1), AnalyticsPeriod.Start(20234, Granularity.Quarter));
        Assert.Equal(20224, AnalyticsPeriod.Previous(20231, Granularity.Quarter));
        Assert.True(AnalyticsPeriod.TryParse("2023-Q2", out var from, out var until, out var g));
        Assert.Equal((new DateOnly(2023, 4, 1), new DateOnly(2023, 7, 1), Granularity.Quarter), (from, until, g));
        Assert.False(AnalyticsPeriod.TryParse("2023-13", out _, out _, out _));
    }
}
