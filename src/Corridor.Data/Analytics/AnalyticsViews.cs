namespace Corridor.Analytics;

/// <summary>
/// The dashboard's filter: ship dates in the half-open month range [<see cref="From"/>, <see cref="Until"/>) (any day
/// inside a month selects the whole month), optionally one market, maker, product group and item kind.
/// </summary>
public sealed record AnalyticsFilter(DateOnly From, DateOnly Until, string? Market = null, string? Maker = null, string? ProductGroup = null, ShipmentItemKind? Kind = null)
{
    public int FromMonth => AnalyticsPeriod.MonthKey(From);

    /// <summary>The first month not included.</summary>
    public int UntilMonth => Until.Day == 1 ? AnalyticsPeriod.MonthKey(Until) : AnalyticsPeriod.MonthKey(Until.AddMonths(1));

    public AnalyticsFilter ShiftYears(int years) => this with { From = From.AddYears(years), Until = Until.AddYears(years) };
}

/// <summary>The dimensions an exports table can be broken down by, besides the period.</summary>
[Flags]
public enum ExportDimensions
{
    None = 0,
    Market = 1,
    Maker = 2,
    Item = 4,
    ProductGroup = 8,
    Currency = 16,
}

/// <summary>
/// One row of exports: a period (key per <see cref="AnalyticsPeriod"/>) and the dimensions asked for (empty when not
/// asked). Value is in US cents unless the table was broken down by invoice currency, in which case it is in minor
/// units of <see cref="Currency"/>.
/// </summary>
public sealed record ExportRow(int Period, string Market, string Maker, string ItemKind, string Item, string ProductGroup, string Currency,
    long Lines, long Units, long WeightKg, long Value);

/// <summary>A period's total with growth on the previous period and on the same period a year earlier (null when there is no base).</summary>
public sealed record GrowthRow(int Period, long Units, long ValueUsdCents, double? UnitsPeriodOnPeriod, double? UnitsYearOnYear, double? ValuePeriodOnPeriod, double? ValueYearOnYear);

/// <summary>
/// Attainment of a target for a year: recorded units so far, the projection for the whole year (recorded plus the
/// average of the last three recorded months times the months left), and the target with where it comes from
/// (<see cref="TargetKind"/> "reported" with its source when the figure is from an article).
/// </summary>
public sealed record TargetAttainment(int Year, string Subject, long Recorded, long Projected, decimal Target, string Unit, string TargetKind, string Source, string Quote)
{
    public double Attainment => Target == 0 ? 0 : (double)(Recorded / Target);

    public double ProjectedAttainment => Target == 0 ? 0 : (double)(Projected / Target);
}

/// <summary>
/// Attainment of one of the organisation's Trade targets over its own period <c>[From, Until)</c>: a row of
/// <see cref="Corridor.Trade.TargetService"/> (the one definition, decision 040: orders and recorded order lines by order
/// day, value converted at each order day's rate, lines without a rate left out and named in <see cref="Note"/>), as
/// the dashboard, the report and <c>/api/analytics/targets</c> show it. <see cref="AsOf"/> is the day the projection is
/// made (today), null once the period is over.
/// </summary>
public sealed record TradeTargetAttainment(string Code, string Dimension, string Key, string Measure, string? Currency, DateOnly From, DateOnly Until,
    decimal Target, decimal Achieved, decimal? Projected, DateOnly? AsOf, string? Note, string Source, string? Assumption)
{
    /// <summary>The dashboard's view of Trade's row: the same achievement and projection, nothing recomputed.</summary>
    public static TradeTargetAttainment Of(Corridor.Trade.TargetProgress p) => new(p.Code, p.Dimension, p.Key, p.Measure, p.Currency, p.From, p.Until,
        p.Amount, p.Achieved, p.Projected, p.AsOf < p.Until ? p.AsOf : null, p.Notes.Count == 0 ? null : string.Join("; ", p.Notes), p.Source, p.Assumption);

    public string TargetKind => "trade";

    public string Unit => Measure == "value" ? Currency ?? "" : "units";

    public string Subject => Dimension == "all" ? "all exports" : $"{Dimension} {Key}";

    public double? Attainment => Target != 0 ? (double)(Achieved / Target) : null;

    public double? ProjectedAttainment => Projected is { } p && Target != 0 ? (double)(p / Target) : null;
}

/// <summary>The targets view of the API: the organisation's Trade targets, and the reported target kept as a labelled comparison.</summary>
public sealed record TargetsView(IReadOnlyList<TradeTargetAttainment> Trade, IReadOnlyList<TargetAttainment> Reported);

/// <summary>
/// Load on one link in one period: vehicles and parts (tonnes) carried, and the link's capacity from links.csv over
/// the period (weekly capacity × days / 7) in vehicle slots (a vehicle, or 10 t of parts, per slot).
/// </summary>
public sealed record LinkUtilisation(string LinkKey, string From, string To, int Period, long Vehicles, long WeightKg, decimal? CapacitySlots, decimal? CapacityTonnes)
{
    public decimal Slots => Vehicles + (WeightKgParts / 10_000m);

    public long WeightKgParts { get; init; }

    public double? Utilisation => CapacitySlots is { } c && c > 0 ? (double)(Slots / c) : null;
}

/// <summary>Lines delivered after <see cref="LeadDays"/> days from order, and how many of them on time.</summary>
public sealed record LeadTimeBucket(int LeadDays, long Lines, long OnTimeLines);

/// <summary>The lead-time distribution with its percentiles (days) and on-time rate.</summary>
public sealed record LeadTimeSummary(IReadOnlyList<LeadTimeBucket> Buckets, long Lines, long OnTimeLines, int? P50, int? P90, double? Mean)
{
    public double? OnTimeRate => Lines == 0 ? null : (double)OnTimeLines / Lines;
}

/// <summary>
/// A figure from an article or report (never recorded by Corridor), with its source: a reviewed fact of the
/// organisation (<see cref="Origin"/> <c>reviewed</c>: quote, article and offsets of its first source) or a row of
/// the shared reported-figures.csv that no reviewed fact states (<c>reference</c>).
/// </summary>
public sealed record ReportedView(string Key, string Subject, string Metric, decimal Value, string Unit, DateOnly? From, DateOnly? Until, string Quote, string Source)
{
    /// <summary><c>reviewed</c> (accepted from an article in the review queue) or <c>reference</c> (typed into reported-figures.csv).</summary>
    public string Origin { get; init; } = "reference";

    /// <summary>How many articles report it (reviewed facts; 1 for a reference row).</summary>
    public int Sources { get; init; } = 1;

    public Guid? ArticleId { get; init; }

    /// <summary>Offset and length of the quoted sentence in the article's stored text (reviewed facts).</summary>
    public int? SentenceStart { get; init; }

    public int? SentenceLength { get; init; }

    public string? ExtractorVersion { get; init; }

    /// <summary>The assumption a reference row states (reported-figures.csv); null for reviewed facts.</summary>
    public string? Assumption { get; init; }
}
