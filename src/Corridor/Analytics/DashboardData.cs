using Corridor.Logistics;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Analytics;

/// <summary>
/// Everything the dashboard and the programme report show for one filter: each table comes from
/// <see cref="AnalyticsService"/> or <see cref="TradeKpis"/> (grouped in the database); the network is read for the map.
/// </summary>
public sealed record DashboardData(
    AnalyticsFilter Filter,
    Granularity Granularity,
    IReadOnlyList<ExportRow> VehiclesByPeriod,
    IReadOnlyList<ExportRow> PartsByPeriod,
    IReadOnlyList<ExportRow> ByMarket,
    IReadOnlyList<ExportRow> ByProductGroup,
    IReadOnlyList<ExportRow> ByMakerItem,
    IReadOnlyList<ExportRow> ByCurrency,
    IReadOnlyList<GrowthRow> Growth,
    IReadOnlyList<TradeTargetAttainment> TradeTargets,
    IReadOnlyList<TargetAttainment> Targets,
    IReadOnlyList<AgreementBurnDown> Agreements,
    IReadOnlyList<Receivable> Receivables,
    IReadOnlyList<LinkUtilisation> Utilisation,
    LeadTimeSummary LeadTimes,
    IReadOnlyList<ReportedView> Reported,
    IReadOnlyList<Node> Nodes,
    IReadOnlyList<Link> Links,
    IReadOnlyList<string> Markets,
    IReadOnlyList<string> Makers,
    IReadOnlyList<string> Groups,
    long GeneratedLines = 0)
{
    public bool HasData => ByMarket.Count > 0;

    public static async Task<AnalyticsFilter> DefaultFilterAsync(AnalyticsService analytics, CancellationToken ct)
    {
        var dims = await analytics.DimensionsAsync(ct);
        return dims.FirstMonth is { } first && dims.LastMonth is { } last
            ? new AnalyticsFilter(AnalyticsPeriod.MonthStart(first), AnalyticsPeriod.MonthStart(last).AddMonths(1))
            : new AnalyticsFilter(new DateOnly(2022, 1, 1), new DateOnly(2025, 1, 1));
    }

    public static async Task<DashboardData> LoadAsync(AnalyticsService analytics, CorridorDbContext db, AnalyticsFilter filter, Granularity granularity, CancellationToken ct)
    {
        var dims = await analytics.DimensionsAsync(ct);
        var trade = new TradeKpis(db);
        return new DashboardData(
            filter,
            granularity,
            await analytics.ExportsAsync(filter with { Kind = ShipmentItemKind.Model }, granularity, ExportDimensions.None, ct),
            await analytics.ExportsAsync(filter with { Kind = ShipmentItemKind.Part }, granularity, ExportDimensions.None, ct),
            (await analytics.ExportsAsync(filter, Granularity.Year, ExportDimensions.Market, ct)).GroupBy(r => r.Market).Select(Sum).OrderByDescending(r => r.Value).ToList(),
            (await analytics.ExportsAsync(filter, Granularity.Year, ExportDimensions.ProductGroup, ct)).GroupBy(r => r.ProductGroup).Select(Sum).OrderByDescending(r => r.Value).ToList(),
            (await analytics.ExportsAsync(filter, Granularity.Year, ExportDimensions.Maker | ExportDimensions.Item, ct)).OrderBy(r => r.Period).ThenByDescending(r => r.Value).ToList(),
            await analytics.ExportsAsync(filter, Granularity.Year, ExportDimensions.Currency, ct),
            await analytics.GrowthAsync(filter, granularity, ct),
            await analytics.TradeTargetsAsync(filter, ct),
            await analytics.TargetsAsync(filter, ct),
            await trade.BurnDownAsync(filter, ct),
            await trade.ReceivablesAsync(filter, ct),
            await analytics.UtilisationAsync(filter, Granularity.Quarter, ct),
            await analytics.LeadTimesAsync(filter, ct),
            await analytics.ReportedAsync(ct),
            await db.Set<Node>().AsNoTracking().OrderBy(n => n.Code).ToListAsync(ct),
            await db.Set<Link>().AsNoTracking().ToListAsync(ct),
            dims.Markets,
            dims.Makers,
            dims.Groups,
            await db.Set<ShipmentLine>().AsNoTracking().LongCountAsync(l => l.Origin == ShipmentLine.Generated && l.ShipDate >= filter.From && l.ShipDate < filter.Until, ct));
    }

    /// <summary>Per link: the highest quarterly utilisation in the range and the kilograms carried in all of it.</summary>
    public IReadOnlyDictionary<string, (double? PeakUtilisation, long WeightKg)> LinkLoad() =>
        Utilisation.GroupBy(u => u.LinkKey).ToDictionary(
            g => g.Key,
            g => (g.Max(u => u.Utilisation), g.Sum(u => u.WeightKg)),
            StringComparer.Ordinal);

    private static ExportRow Sum(IGrouping<string, ExportRow> g)
    {
        var first = g.First();
        return first with { Period = 0, Lines = g.Sum(r => r.Lines), Units = g.Sum(r => r.Units), WeightKg = g.Sum(r => r.WeightKg), Value = g.Sum(r => r.Value) };
    }
}
