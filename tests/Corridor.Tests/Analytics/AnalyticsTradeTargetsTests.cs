using Corridor.Analytics;
using Corridor.Cli;
using Corridor.Common;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Trade;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Analytics;

/// <summary>
/// The dashboard's Trade targets are Trade's rows (decision 040): organisation TTA has hand-made targets, recorded order
/// lines and generated shipment lines (which targets do not count), TTB has its own target with the same code. The
/// market and whole-programme figures are recomputed here with LINQ over the order lines inserted.
/// </summary>
public sealed class AnalyticsTradeTargetsTests
{
    private static readonly AnalyticsFilter Range = new(new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1));

    [Fact]
    public Task Sqlite_TradeTargets_AreTradesRowsOverTheRange() => AttainmentAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_TradeTargets_AreTradesRowsOverTheRange() => AttainmentAsync(DatabaseProvider.Postgres);

    [Fact]
    public Task Sqlite_TradeTargets_DashboardAndCsvShowTradeTargetsAndReportedComparison() => DashboardAsync(DatabaseProvider.Sqlite);

    private static async Task AttainmentAsync(DatabaseProvider provider)
    {
        await using var seeded = await Seeded.CreateAsync(provider);
        await using var scope = await seeded.Services.ScopeAsync("TTA", default);
        var rows = await scope.ServiceProvider.GetRequiredService<AnalyticsService>().TradeTargetsAsync(Range);
        var trade = (await scope.ServiceProvider.GetRequiredService<TargetService>().ProgressAsync()).ToDictionary(t => t.Code);

        // Only TTA's targets overlapping 2024; TTB's target of the same code (amount 7) and its OTHER-ONLY target are not used.
        Assert.Equal(["T-ALL-EUR", "T-IKCO-UNITS", "T-Q1-GBP", "T-RU-USD", "T-CARS-Q2", "T-VEHICLES-Q3"], rows.Select(r => r.Code).ToArray());
        Assert.DoesNotContain(rows, r => r.Code == "OTHER-ONLY");
        Assert.Equal(1_000m, rows.Single(r => r.Code == "T-IKCO-UNITS").Target);
        foreach (var r in rows)
        {
            Assert.Equal("trade", r.TargetKind);
            Assert.Equal(trade[r.Code].Achieved, r.Achieved);
            Assert.Equal(trade[r.Code].Projected, r.Projected);
        }

        var lines = seeded.Orders;
        var ru = rows.Single(r => r.Code == "T-RU-USD");
        var expectedRu = lines.Where(l => l.Market == "RU" && l.Day >= ru.From && l.Day < ru.Until).Sum(l => l.Quantity * l.Price);
        Assert.True(expectedRu > 0);
        Assert.Equal(expectedRu, ru.Achieved);
        var eur = rows.Single(r => r.Code == "T-ALL-EUR");
        var expectedEur = lines.Where(l => l.Day >= eur.From && l.Day < eur.Until)
            .Sum(l => decimal.Round(l.Quantity * l.Price * EurPerUsd(l.Day), 2, MidpointRounding.AwayFromZero));
        Assert.Equal(expectedEur, eur.Achieved);

        // No GBP rate at all: the lines are left out and the note names the pair and a day.
        var gbp = rows.Single(r => r.Code == "T-Q1-GBP");
        Assert.Equal(0m, gbp.Achieved);
        Assert.Contains("no USD/GBP rate on 2024-0", gbp.Note, StringComparison.Ordinal);

        // The generated shipment lines are not orders: with them alone, a units target on all vehicles would be large.
        Assert.True(seeded.Lines["TTA"].Where(l => l.ShipDate.Month is >= 7 and <= 9 && l.ShipDate.Year == 2024 && l.ItemKind == ShipmentItemKind.Model).Sum(l => l.Units) > 0);
        Assert.Equal(lines.Where(l => l.Day >= new DateOnly(2024, 7, 1) && l.Day < new DateOnly(2024, 10, 1)).Sum(l => (decimal)l.Quantity), rows.Single(r => r.Code == "T-VEHICLES-Q3").Achieved);
    }

    /// <summary>The USD/EUR rates the seeded database holds: each applies from its day until the next.</summary>
    private static readonly (DateOnly Day, decimal Rate)[] EurRates = [(new DateOnly(2023, 6, 1), 0.92m), (new DateOnly(2024, 1, 1), 0.9050m), (new DateOnly(2024, 5, 15), 0.9310m)];

    private static decimal EurPerUsd(DateOnly day) => EurRates.Last(r => r.Day <= day).Rate;

    private static async Task DashboardAsync(DatabaseProvider provider)
    {
        await using var seeded = await Seeded.CreateAsync(provider);
        await using var scope = await seeded.Services.ScopeAsync("TTA", default);
        var analytics = scope.ServiceProvider.GetRequiredService<AnalyticsService>();
        var data = await DashboardData.LoadAsync(analytics, scope.ServiceProvider.GetRequiredService<CorridorDbContext>(), Range, Granularity.Month, default);
        Assert.Equal(6, data.TradeTargets.Count);
        var html = ProgrammeHtml.Body(data, t => "/csv/" + t, null);
        Assert.Contains("T-IKCO-UNITS", html, StringComparison.Ordinal);
        Assert.Contains("Trade target", html, StringComparison.Ordinal);
        Assert.Contains("The same figures as Trade → Targets", html, StringComparison.Ordinal);
        Assert.Contains("no USD/GBP rate on 2024-0", html, StringComparison.Ordinal);
        Assert.Contains("Reported target (comparison", html, StringComparison.Ordinal);
        Assert.DoesNotContain("have not landed", html, StringComparison.Ordinal);
        var csv = ProgrammeCsv.Write("targets", data)!.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("target_kind,code,", csv[0], StringComparison.Ordinal);
        var ikco = csv.Single(l => l.StartsWith("trade,T-IKCO-UNITS,", StringComparison.Ordinal));
        Assert.Equal(["units", "units"], ikco.Split(',')[5..7]);
        Assert.Equal(1_000m, decimal.Parse(ikco.Split(',')[7], System.Globalization.CultureInfo.InvariantCulture));
        var ru = csv.Single(l => l.StartsWith("trade,T-RU-USD,", StringComparison.Ordinal));
        var expected = seeded.Orders.Where(l => l.Market == "RU" && l.Day.Year == 2024 && l.Day.Month < 12).Sum(l => l.Quantity * l.Price);
        Assert.Equal(["value", "USD"], ru.Split(',')[5..7]);
        Assert.Equal(2_000_000m, decimal.Parse(ru.Split(',')[7], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, decimal.Parse(ru.Split(',')[8], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A fresh database with organisations TTA and TTB, their targets and shipment lines.</summary>
    private sealed class Seeded : IAsyncDisposable
    {
        private TestDatabase _database = null!;

        public CliServices Services { get; private set; } = null!;

        public Dictionary<string, List<ShipmentFact>> Lines { get; } = [];

        /// <summary>TTA's recorded order lines (all vehicles, in USD).</summary>
        public List<(DateOnly Day, string Market, int Quantity, decimal Price)> Orders { get; } = [];

        public static async Task<Seeded> CreateAsync(DatabaseProvider provider)
        {
            var s = new Seeded { _database = await TestDatabase.CreateAsync(provider) };
            s.Services = CliServices.Create(s._database.Location.ConnectionString);
            foreach (var (code, seed, until) in new[] { ("TTA", 11, new DateOnly(2024, 9, 20)), ("TTB", 23, new DateOnly(2024, 12, 1)) })
            {
                await using (var setup = await s.Services.SharedScopeAsync(default))
                {
                    await setup.ServiceProvider.GetRequiredService<UserAdministration>().CreateOrganisationAsync(code, code);
                }

                await using var scope = await s.Services.ScopeAsync(code, default);
                var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
                foreach (var t in code == "TTA" ? TargetsOfA() : TargetsOfB())
                {
                    db.Add(t);
                }

                if (code == "TTA")
                {
                    foreach (var (day, rate) in EurRates)
                    {
                        db.Add(new ExchangeRate(Currency.USD, Currency.EUR, day, rate, "test", null));
                    }
                }

                if (code == "TTA")
                {
                    var random = new Random(5);
                    string[] markets = ["RU", "BY", "VE"];
                    var n = 0;
                    for (var day = new DateOnly(2023, 9, 1); day < new DateOnly(2024, 12, 20); day = day.AddDays(random.Next(3, 12)))
                    {
                        var line = (day, markets[random.Next(markets.Length)], random.Next(1, 40), random.Next(900_000, 1_600_000) / 100m);
                        s.Orders.Add(line);
                        db.Add(new RecordedOrderLine($"H-{++n}", 1, line.day, "buyer", CountryCode.Parse(line.Item2), OrderItemKind.Model, "TARA", line.Item3, new Money(line.Item4, Currency.USD), null));
                    }
                }

                var facts = Facts(seed, new DateOnly(2023, 10, 3), until);
                s.Lines[code] = facts;
                foreach (var f in facts)
                {
                    db.Add(new ShipmentLine(f));
                }

                await db.SaveChangesAsync();
                await AnalyticsRollups.RebuildAsync(db, db.CurrentOrganisationId!.Value);
            }

            return s;
        }

        public async ValueTask DisposeAsync()
        {
            await Services.DisposeAsync();
            await _database.DisposeAsync();
        }

        private static IEnumerable<Target> TargetsOfA() =>
        [
            new("T-IKCO-UNITS", TargetDimension.Maker, "IKCO", TargetMeasure.Units, 1_000m, null, new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1)), "test", null),
            new("T-RU-USD", TargetDimension.Market, "RU", TargetMeasure.Value, 2_000_000m, Currency.USD, new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 1)), "test", null),
            new("T-ALL-EUR", TargetDimension.All, null, TargetMeasure.Value, 1_000_000m, Currency.EUR, new DateRange(new DateOnly(2023, 7, 1), new DateOnly(2024, 7, 1)), "test", null),
            new("T-CARS-Q2", TargetDimension.ProductGroup, "passenger-car", TargetMeasure.Units, 300m, null, new DateRange(new DateOnly(2024, 4, 1), new DateOnly(2024, 7, 1)), "test", null),
            new("T-VEHICLES-Q3", TargetDimension.ProductGroup, "vehicles", TargetMeasure.Units, 400m, null, new DateRange(new DateOnly(2024, 7, 1), new DateOnly(2024, 10, 1)), "test", null),
            new("T-Q1-GBP", TargetDimension.All, null, TargetMeasure.Value, 500_000m, Currency.Parse("GBP"), new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 4, 1)), "test", "no GBP rate in the database"),
            new("T-2023", TargetDimension.All, null, TargetMeasure.Units, 50m, null, new DateRange(new DateOnly(2023, 1, 1), new DateOnly(2024, 1, 1)), "test", "outside the range"),
        ];

        private static IEnumerable<Target> TargetsOfB() =>
        [
            new("T-IKCO-UNITS", TargetDimension.Maker, "IKCO", TargetMeasure.Units, 7m, null, new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1)), "other organisation", null),
            new("OTHER-ONLY", TargetDimension.All, null, TargetMeasure.Units, 9m, null, new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1)), "other organisation", null),
        ];

        private static List<ShipmentFact> Facts(int seed, DateOnly from, DateOnly until)
        {
            var random = new Random(seed);
            string[] markets = ["RU", "BY", "VE", "IQ"];
            string[] makers = ["IKCO", "SAIPA"];
            var facts = new List<ShipmentFact>();
            long no = 0;
            for (var day = from; day < until; day = day.AddDays(random.Next(1, 4)))
            {
                for (var k = random.Next(1, 4); k > 0; k--)
                {
                    var model = random.Next(2) == 0;
                    var units = model ? random.Next(1, 30) : random.Next(10, 500);
                    var usdCents = (long)units * (model ? random.Next(800_000, 1_500_000) : random.Next(500, 20_000));
                    var rub = random.Next(4) == 0;
                    facts.Add(new ShipmentFact(++no, no, day.AddDays(-20), day, day.AddDays(12), day.AddDays(14), markets[random.Next(markets.Length)], makers[random.Next(makers.Length)],
                        model ? ShipmentItemKind.Model : ShipmentItemKind.Part, model ? "TARA" : "P-100", model ? "passenger-car" : "engine-parts", units, units * (model ? 1_200L : 3L),
                        rub ? "RUB" : "USD", rub ? usdCents * 90 : usdCents, usdCents, 0, "off_network"));
                }
            }

            return facts;
        }
    }
}
