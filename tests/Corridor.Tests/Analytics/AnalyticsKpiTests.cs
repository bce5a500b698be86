using Corridor.Analytics;
using Corridor.Common;
using Corridor.Trade;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Analytics;

/// <summary>Every KPI of <see cref="AnalyticsService"/> recomputed from the raw shipment lines with LINQ and compared exactly.</summary>
public abstract class AnalyticsKpiTests(AnalyticsFixture f)
{
    private static readonly AnalyticsFilter All = new(AnalyticsFixture.From, AnalyticsFixture.Until);

    [Fact]
    public void Generate_ReferenceScenario_WritesLinesOnRoutesAndOffNetwork()
    {
        Assert.True(f.Lines.Count > 5_000, $"{f.Lines.Count} lines");
        Assert.Equal(f.Outcome.Lines, f.Lines.Count);
        Assert.Contains(f.Lines, l => l.RouteId > 0);
        Assert.Contains(f.Lines, l => l.Branch == "off_network" && l.RouteId == 0);
        Assert.Contains(f.Lines, l => l.Currency == "RUB");
        Assert.All(f.Lines, l => Assert.True(l.OrderDate <= l.ShipDate && l.ShipDate < l.DeliveryDate && l.ShipDate >= AnalyticsFixture.From && l.ShipDate < AnalyticsFixture.Until));
    }

    [Fact]
    public async Task Exports_ByQuarterAndMarket_EqualSumsOfRawLines()
    {
        var rows = await WithService(s => s.ExportsAsync(All, Granularity.Quarter, ExportDimensions.Market));
        var expected = f.Lines.GroupBy(l => (P: AnalyticsPeriod.Of(l.ShipMonth, Granularity.Quarter), l.Market))
            .Select(g => (g.Key.P, g.Key.Market, Lines: (long)g.Count(), Units: g.Sum(l => (long)l.Units), Kg: g.Sum(l => l.WeightKg), Usd: g.Sum(l => l.ValueUsdCents)))
            .OrderBy(x => x.P).ThenBy(x => x.Market, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, rows.Select(r => (r.Period, r.Market, r.Lines, r.Units, r.WeightKg, r.Value)).ToList());
    }

    [Fact]
    public async Task Exports_ByYearMakerItemAndGroup_WithFilter_EqualRawLines()
    {
        var filter = All with { Market = "RU", Kind = ShipmentItemKind.Part };
        var rows = await WithService(s => s.ExportsAsync(filter, Granularity.Year, ExportDimensions.Maker | ExportDimensions.Item | ExportDimensions.ProductGroup));
        var expected = f.Lines.Where(l => l.Market == "RU" && l.ItemKind == ShipmentItemKind.Part)
            .GroupBy(l => (Y: l.ShipMonth / 100, l.Maker, l.ItemCode, l.ProductGroup))
            .ToDictionary(g => g.Key, g => (Units: g.Sum(l => (long)l.Units), Usd: g.Sum(l => l.ValueUsdCents)));
        Assert.Equal(expected.Count, rows.Count);
        foreach (var r in rows)
        {
            Assert.Equal(expected[(r.Period, r.Maker, r.Item, r.ProductGroup)], (r.Units, r.Value));
        }
    }

    [Fact]
    public async Task Exports_ByInvoiceCurrency_EqualMinorUnitsOfRawLines()
    {
        var rows = await WithService(s => s.ExportsAsync(All, Granularity.Year, ExportDimensions.Currency));
        var expected = f.Lines.GroupBy(l => (l.ShipMonth / 100, l.Currency)).ToDictionary(g => g.Key, g => g.Sum(l => l.ValueMinor));
        Assert.Equal(expected.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(expected[(r.Period, r.Currency)], r.Value));
        Assert.Contains(rows, r => r.Currency == "RUB");
    }

    [Fact]
    public async Task Growth_QuarterOnQuarterAndYearOnYear_EqualRatiosOfRawTotals()
    {
        var rows = await WithService(s => s.GrowthAsync(All with { From = new DateOnly(2023, 1, 1) }, Granularity.Quarter));
        var totals = f.Lines.GroupBy(l => AnalyticsPeriod.Of(l.ShipMonth, Granularity.Quarter)).ToDictionary(g => g.Key, g => (double)g.Sum(l => (long)l.Units));
        Assert.Equal(8, rows.Count);
        foreach (var r in rows)
        {
            Assert.Equal(totals[r.Period], r.Units);
            Assert.Equal(totals[r.Period] / totals[AnalyticsPeriod.Previous(r.Period, Granularity.Quarter)] - 1, r.UnitsPeriodOnPeriod!.Value, 12);
            Assert.Equal(totals[r.Period] / totals[r.Period - 10] - 1, r.UnitsYearOnYear!.Value, 12);
        }
    }

    [Fact]
    public async Task Targets_IkcoVehicles_RecordedEqualsRawUnitsAndTargetIsReported()
    {
        var rows = await WithService(s => s.TargetsAsync(All));
        Assert.Equal(3, rows.Count);
        foreach (var r in rows)
        {
            Assert.Equal(f.Lines.Where(l => l.Maker == "IKCO" && l.ItemKind == ShipmentItemKind.Model && l.ShipMonth / 100 == r.Year).Sum(l => (long)l.Units), r.Recorded);
            Assert.Equal(100_000m, r.Target);
            Assert.Equal("reported", r.TargetKind);
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
            Assert.True(r.Projected >= r.Recorded);
        }
    }

    [Fact]
    public async Task Utilisation_PerLinkAndMonth_EqualsRawLinesThroughTheirRoutes()
    {
        var rows = await WithService(s => s.UtilisationAsync(All, Granularity.Month));
        var linksByRoute = f.RouteLinks.GroupBy(l => l.RouteId).ToDictionary(g => g.Key, g => g.Select(x => x.LinkKey).Distinct().ToList());
        var expected = f.Lines.Where(l => l.RouteId > 0)
            .SelectMany(l => linksByRoute[l.RouteId].Select(k => (Key: k, l.ShipMonth, Vehicles: l.ItemKind == ShipmentItemKind.Model ? l.Units : 0, l.WeightKg)))
            .GroupBy(x => (x.Key, x.ShipMonth)).ToDictionary(g => g.Key, g => (V: g.Sum(x => (long)x.Vehicles), Kg: g.Sum(x => x.WeightKg)));
        Assert.Equal(expected.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(expected[(r.LinkKey, r.Period)], (r.Vehicles, r.WeightKg)));
        Assert.Contains(rows, r => r.CapacitySlots is not null && r.Utilisation > 0);
    }

    [Fact]
    public async Task LeadTimes_ForRussia_DistributionOnTimeAndPercentilesEqualRawLines()
    {
        var filter = All with { Market = "RU" };
        var summary = await WithService(s => s.LeadTimesAsync(filter));
        var raw = f.Lines.Where(l => l.Market == "RU").ToList();
        var expected = raw.GroupBy(l => l.LeadDays).OrderBy(g => g.Key).Select(g => new LeadTimeBucket(g.Key, g.Count(), g.Count(l => l.OnTime))).ToList();
        Assert.Equal(expected, summary.Buckets);
        Assert.Equal(raw.Count(l => l.OnTime) / (double)raw.Count, summary.OnTimeRate!.Value, 12);
        var sorted = raw.Select(l => l.LeadDays).Order().ToList();
        Assert.Equal(sorted[(int)Math.Ceiling(0.5 * sorted.Count) - 1], summary.P50);
        Assert.Equal(sorted[(int)Math.Ceiling(0.9 * sorted.Count) - 1], summary.P90);
    }

    [Fact]
    public async Task Lines_DrillDownOfAFigure_AreTheRawLinesOfThatFilter()
    {
        var filter = new AnalyticsFilter(new DateOnly(2023, 4, 1), new DateOnly(2023, 7, 1), Market: "BY", ProductGroup: "passenger-car");
        var lines = await WithService(s => s.LinesAsync(filter, limit: 10_000));
        var expected = f.Lines.Where(l => l.Market == "BY" && l.ProductGroup == "passenger-car" && l.ShipMonth is >= 202304 and < 202307).Select(l => l.LineNo).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, lines.Select(l => l.LineNo).Order().ToList());
    }

    [Fact]
    public async Task Rollups_AfterGeneration_HoldOnlyThisOrganisationsTotals()
    {
        var rows = await WithService(s => s.ExportsAsync(All, Granularity.Year, ExportDimensions.None));
        Assert.Equal(f.Lines.Sum(l => (long)l.Units), rows.Sum(r => r.Units));
        Assert.Equal(f.Lines.Sum(l => l.ValueUsdCents), rows.Sum(r => r.Value));
    }

    [Fact]
    public async Task ExportsInRub_ByQuarterAndMarket_EqualRawLinesConvertedMonthByMonth()
    {
        // The reference file has USD/RUB rates from November 2022 on (and one of 2014, too old to use).
        var filter = All with { From = new DateOnly(2022, 11, 1) };
        var rows = await WithService(s => s.ExportsInAsync(filter, Granularity.Quarter, ExportDimensions.Market, Currency.RUB));

        Assert.True(rows.Succeeded, string.Join("; ", rows.Errors));
        // Independently: the raw lines' cents per month and market, each month at the rate of its last day (the rates
        // are the reference file's, read back from the database), rounded to kopecks, then added up per quarter.
        var table = await RatesAsync();
        var lines = f.Lines.Where(l => l.ShipDate >= filter.From).ToList();
        Assert.NotEmpty(lines);
        var expected = lines.GroupBy(l => (l.ShipMonth, l.Market))
            .Select(g =>
            {
                var monthEnd = new DateOnly(g.Key.ShipMonth / 100, g.Key.ShipMonth % 100, 1).AddMonths(1).AddDays(-1);
                var rub = table.Convert(new Money(g.Sum(l => l.ValueUsdCents) / 100m, Currency.USD), Currency.RUB, monthEnd).Value.Amount;
                return (P: AnalyticsPeriod.Of(g.Key.ShipMonth, Granularity.Quarter), g.Key.Market, Units: g.Sum(l => (long)l.Units), Kopecks: (long)Math.Round(rub * 100m, MidpointRounding.AwayFromZero));
            })
            .GroupBy(x => (x.P, x.Market))
            .Select(g => (g.Key.P, g.Key.Market, Units: g.Sum(x => x.Units), Kopecks: g.Sum(x => x.Kopecks)))
            .OrderBy(x => x.P).ThenBy(x => x.Market, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, rows.Value.Select(r => (r.Period, r.Market, r.Units, r.Value)).ToList());
        Assert.All(rows.Value, r => Assert.Equal("RUB", r.Currency));
        // The rate moves within the range, so the conversion is not one factor applied to the USD total.
        var usd = lines.Sum(l => l.ValueUsdCents);
        Assert.NotEqual(Math.Round(usd * (table.Convert(new Money(1m, Currency.USD), Currency.RUB, AnalyticsFixture.Until).Value.Amount)), rows.Value.Sum(r => r.Value));
    }

    [Fact]
    public async Task ExportsIn_CurrencyWithoutRateForSomeMonths_FailsNamingPairAndDay()
    {
        // The reference rates for AMD start in November 2022; the range starts in January 2022.
        var rows = await WithService(s => s.ExportsInAsync(All, Granularity.Year, ExportDimensions.None, Currency.Parse("AMD")));

        Assert.False(rows.Succeeded);
        Assert.Contains(rows.Errors, e => e.Contains("AMD", StringComparison.Ordinal) && e.Contains("2022-01-31", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExportsIn_ByInvoiceCurrency_IsRefused()
    {
        var rows = await WithService(s => s.ExportsInAsync(All, Granularity.Year, ExportDimensions.Currency, Currency.EUR));

        Assert.False(rows.Succeeded);
    }

    private async Task<ExchangeRateTable> RatesAsync()
    {
        await using var scope = await f.ScopeAsync();
        var db = scope.ServiceProvider.GetRequiredService<Corridor.Storage.CorridorDbContext>();
        return new ExchangeRateTable(await db.Set<ExchangeRate>().AsNoTracking().ToListAsync());
    }

    private async Task<T> WithService<T>(Func<AnalyticsService, Task<T>> run)
    {
        await using var scope = await f.ScopeAsync();
        return await run(scope.ServiceProvider.GetRequiredService<AnalyticsService>());
    }
}

public sealed class SqliteAnalyticsKpiTests(SqliteAnalyticsFixture f) : AnalyticsKpiTests(f), IClassFixture<SqliteAnalyticsFixture>;

public sealed class PostgresAnalyticsKpiTests(PostgresAnalyticsFixture f) : AnalyticsKpiTests(f), IClassFixture<PostgresAnalyticsFixture>;
