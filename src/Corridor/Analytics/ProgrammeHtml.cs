using System.Globalization;
using System.Text;
using static Corridor.Analytics.SvgCharts;

namespace Corridor.Analytics;

/// <summary>
/// The programme view as HTML: headline figures, charts, the corridor map and every table, with recorded figures and
/// reported ones (labelled "reported", with their source) side by side. Used by the dashboard page (with CSV and
/// drill-down links) and by the report (standalone, for print and PDF).
/// </summary>
public static class ProgrammeHtml
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <param name="csv">Link to a table's CSV by table name, or null for none (the report).</param>
    /// <param name="drill">Link to the lines behind a figure, for a narrower filter, or null for none.</param>
    /// <param name="orders">Link to the Trade orders behind a burn-down or receivables figure, or null for none.</param>
    public static string Body(DashboardData d, Func<string, string>? csv, Func<AnalyticsFilter, string>? drill, Func<OrderSelection, string>? orders = null)
    {
        var sb = new StringBuilder();
        var g = d.Granularity;
        var f = d.Filter;
        if (!d.HasData)
        {
            sb.Append("<p class=\"card\">No shipment lines in this range. Generate a history with <code>corridor generate --from 2021-01-01 --until 2026-01-01 --scale 1</code>.</p>");
            TradeTargets(sb, d, csv);
            ProgrammeTradeHtml.Append(sb, d, csv, orders);
            return sb.ToString();
        }

        if (d.GeneratedLines > 0)
        {
            sb.Append(Inv, $"<p class=\"notice\" id=\"generated-history\"><strong>Generated history.</strong> {d.GeneratedLines:#,##0} of the shipment lines in this range were generated from the reference scenario (<code>corridor demo</code> or <code>corridor generate</code>), not recorded shipments: the exports, growth, utilisation and lead-time figures below are a simulation. Trade targets count orders only.</p>");
        }

        // Headline: where exports stand against target.
        var target = d.Targets.LastOrDefault();
        var lines = d.ByMarket.Sum(r => r.Lines);
        sb.Append("<section class=\"kpis\">");
        Kpi(sb, "Vehicles exported", d.VehiclesByPeriod.Sum(r => r.Units).ToString("#,##0", Inv), "units, recorded");
        Kpi(sb, "Parts exported", "$" + Short(d.PartsByPeriod.Sum(r => r.Value) / 100.0), "USD, recorded");
        Kpi(sb, "Export value", "$" + Short(d.ByMarket.Sum(r => r.Value) / 100.0), $"USD, {lines:#,##0} shipment lines");
        var trade = d.TradeTargets.Where(t => t.Attainment is not null).OrderByDescending(t => t.Until).ThenBy(t => t.Code).FirstOrDefault();
        if (trade is not null)
        {
            Kpi(sb, $"{trade.Code} vs target", trade.Attainment!.Value.ToString("P0", Inv),
                $"{trade.Achieved:#,##0} of {trade.Target:#,##0} {trade.Unit} (Trade target, {trade.From:yyyy-MM-dd} – {trade.Until.AddDays(-1):yyyy-MM-dd})"
                + (trade.Projected is { } pr ? $"; projected {pr:#,##0} = {trade.ProjectedAttainment!.Value.ToString("P0", Inv)}" : ""));
        }
        else if (target is not null)
        {
            Kpi(sb, $"IKCO {target.Year} vs target", target.Attainment.ToString("P0", Inv), $"{target.Recorded:#,##0} of {target.Target:#,##0} {target.Unit} (target reported); projected {target.Projected:#,##0} = {target.ProjectedAttainment.ToString("P0", Inv)}");
        }

        Kpi(sb, "On time", d.LeadTimes.OnTimeRate?.ToString("P1", Inv) ?? "–", $"lead time p50 {d.LeadTimes.P50} d, p90 {d.LeadTimes.P90} d");
        var full = d.LinkLoad().Count(kv => kv.Value.PeakUtilisation >= 0.9);
        Kpi(sb, "Links full", full.ToString(Inv), "links at 90 % of capacity or more in some quarter");
        sb.Append("</section>");

        // Charts.
        var ikcoMonthlyTarget = target is null || g != Granularity.Month ? (double?)null : (double)target.Target / 12.0;
        sb.Append("<section class=\"charts\">");
        sb.Append(Bars("chart-vehicles", $"Vehicles exported per {g.ToString().ToLowerInvariant()}", d.VehiclesByPeriod.Select(r =>
            (AnalyticsPeriod.Label(r.Period, g), (double)r.Units, drill?.Invoke(f with { From = AnalyticsPeriod.Start(r.Period, g), Until = AnalyticsPeriod.End(r.Period, g), Kind = ShipmentItemKind.Model }))).ToList(),
            "units", ikcoMonthlyTarget is { } t ? (t, $"IKCO alone, target (reported): {t:#,##0}/month") : null));
        sb.Append(Bars("chart-parts", $"Parts exported per {g.ToString().ToLowerInvariant()}", d.PartsByPeriod.Select(r =>
            (AnalyticsPeriod.Label(r.Period, g), r.Value / 100.0, drill?.Invoke(f with { From = AnalyticsPeriod.Start(r.Period, g), Until = AnalyticsPeriod.End(r.Period, g), Kind = ShipmentItemKind.Part }))).ToList(),
            "USD", null, "#8e5ea2"));
        sb.Append("<div class=\"row\">");
        sb.Append(HorizontalBars("chart-markets", "Export value by market (USD)", d.ByMarket.Select(r => (r.Market, r.Value / 100.0, drill?.Invoke(f with { Market = r.Market }))).ToList(), "USD"));
        sb.Append(HorizontalBars("chart-groups", "Export value by product group (USD)", d.ByProductGroup.Select(r => (r.ProductGroup, r.Value / 100.0, drill?.Invoke(f with { ProductGroup = r.ProductGroup }))).ToList(), "USD", "#c77c2e"));
        sb.Append("</div>");
        sb.Append(Bars("chart-leadtimes", "Lead time, order to delivery (lines per day of lead time)", d.LeadTimes.Buckets.Select(b => (b.LeadDays.ToString(Inv), (double)b.Lines, (string?)null)).ToList(), "lines", null, "#5b6b7f"));
        sb.Append("</section>");

        sb.Append("<section class=\"map\">").Append(CorridorMap.Render("corridor-map", d.Nodes, d.Links, d.LinkLoad())).Append("</section>");

        // Tables.
        TradeTargets(sb, d, csv);
        Table(sb, "Reported target (comparison, not a Trade target)", "targets-reported", null,
            ["Year", "Subject", "Recorded", "Projected", "Target", "Unit", "Attainment", "Projected attainment", "Target is", "Source"],
            d.Targets.Select(t => new[] { t.Year.ToString(Inv), t.Subject, N(t.Recorded), N(t.Projected), t.Target.ToString("#,##0", Inv), t.Unit, t.Attainment.ToString("P1", Inv), t.ProjectedAttainment.ToString("P1", Inv), "reported", t.Source }),
            "The target reported in an article (reported-figures.csv), kept as a comparison and labelled reported; its rows are in the targets CSV with target_kind reported. Projection = recorded + mean of the last three recorded months × months left.");
        Table(sb, "Growth (units = vehicles and parts pieces together; filter by product group for one kind)", "growth", csv,
            ["Period", "Units", "Value USD", "Units vs previous", "Units year on year", "Value vs previous", "Value year on year"],
            d.Growth.Select(r => new[] { AnalyticsPeriod.Label(r.Period, g), N(r.Units), Usd(r.ValueUsdCents), P(r.UnitsPeriodOnPeriod), P(r.UnitsYearOnYear), P(r.ValuePeriodOnPeriod), P(r.ValueYearOnYear) }));
        Table(sb, "Exports by market", "markets", csv, ["Market", "Lines", "Units", "Tonnes", "Value USD"],
            d.ByMarket.Select(r => new[] { Link(r.Market, drill?.Invoke(f with { Market = r.Market })), N(r.Lines), N(r.Units), T(r.WeightKg), Usd(r.Value) }), raw: true);
        Table(sb, "Exports by product group", "groups", csv, ["Product group", "Lines", "Units", "Tonnes", "Value USD"],
            d.ByProductGroup.Select(r => new[] { Link(r.ProductGroup, drill?.Invoke(f with { ProductGroup = r.ProductGroup })), N(r.Lines), N(r.Units), T(r.WeightKg), Usd(r.Value) }), raw: true);
        Table(sb, "Exports by year, maker and model or part", "items", csv, ["Year", "Maker", "Kind", "Item", "Lines", "Units", "Tonnes", "Value USD"],
            d.ByMakerItem.Select(r => new[] { r.Period.ToString(Inv), r.Maker, r.ItemKind, r.Item, N(r.Lines), N(r.Units), T(r.WeightKg), Usd(r.Value) }));
        Table(sb, "Exports by invoice currency", "currencies", csv, ["Year", "Currency", "Lines", "Value (invoice currency)"],
            d.ByCurrency.Select(r => new[] { r.Period.ToString(Inv), r.Currency, N(r.Lines), (r.Value / 100m).ToString("#,##0.00", Inv) }),
            "Each line's invoice currency as recorded; the US-dollar values elsewhere were converted at the ship date when the line was written. Value targets in other currencies are converted with Trade's dated rates (targets table).");
        var peak = d.Utilisation.GroupBy(u => u.LinkKey).Select(grp => grp.OrderByDescending(u => u.Utilisation ?? 0).First()).OrderByDescending(u => u.Utilisation ?? -1).ToList();
        Table(sb, "Corridor utilisation (peak quarter per link)", "utilisation", csv, ["Link", "Quarter", "Vehicles", "Tonnes", "Capacity (slots)", "Utilisation"],
            peak.Select(u => new[] { Link(u.LinkKey, drill?.Invoke(f with { From = AnalyticsPeriod.Start(u.Period, Granularity.Quarter), Until = AnalyticsPeriod.End(u.Period, Granularity.Quarter) }) is { } h ? h + "&link=" + Uri.EscapeDataString(u.LinkKey) : null),
                AnalyticsPeriod.Label(u.Period, Granularity.Quarter), N(u.Vehicles), T(u.WeightKg), u.CapacitySlots?.ToString("#,##0", Inv) ?? "–", u.Utilisation?.ToString("P0", Inv) ?? "no capacity" }), raw: true,
            note: "Capacity from links.csv (weekly, vehicles or tonnes; a slot is a vehicle or 10 t of parts) over the quarter. Only this organisation's shipments are counted.");
        Table(sb, "Lead times", "leadtimes", csv, ["Lead days", "Lines", "On time", "On-time rate"],
            d.LeadTimes.Buckets.Select(b => new[] { b.LeadDays.ToString(Inv), N(b.Lines), N(b.OnTimeLines), (b.Lines == 0 ? 0 : (double)b.OnTimeLines / b.Lines).ToString("P0", Inv) }));
        Table(sb, "Reported figures (not recorded by Corridor)", "reported", csv, ["Subject", "Metric", "Value", "Unit", "Period", "Source"],
            d.Reported.Select(r => new[] { r.Subject, r.Metric + " (reported)", r.Value.ToString("#,##0.##", Inv), r.Unit, $"{r.From:yyyy-MM-dd} – {r.Until:yyyy-MM-dd}", r.Source }));
        ProgrammeTradeHtml.Append(sb, d, csv, orders);
        return sb.ToString();
    }

    /// <summary>A standalone HTML document (inline style, no external resources) for print and PDF.</summary>
    public static string Document(DashboardData d, string title, DateTimeOffset generatedAt)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        sb.Append("<h1>").Append(E(title)).Append("</h1>");
        sb.Append(Inv, $"<p class=\"muted\">Ship dates {d.Filter.From:yyyy-MM-dd} to {d.Filter.Until.AddDays(-1):yyyy-MM-dd}{Scope(d.Filter)}. Generated {generatedAt:yyyy-MM-dd HH:mm} UTC by Corridor. Recorded figures come from the organisation's shipment lines; figures marked <em>reported</em> come from articles, with their source.</p>");
        sb.Append(Body(d, null, null));
        return sb.Append("</body></html>").ToString();
    }

    public const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2939;margin:24px;font-size:13px}
        h1{font-size:22px}h2{font-size:16px;margin-top:22px}.muted{color:#667085}.small{font-size:11px}
        .kpis{display:flex;flex-wrap:wrap;gap:10px}.kpi{border:1px solid #d0d5dd;border-radius:6px;padding:8px 12px;min-width:150px;max-width:260px;background:#fff}
        .kpi b{display:block;font-size:20px}.kpi span{font-size:11px;color:#667085}
        .charts svg,.map svg{margin:8px 0;display:block}.row{display:flex;gap:12px;flex-wrap:wrap}
        table.grid{border-collapse:collapse;width:100%;margin:6px 0}table.grid th,table.grid td{border:1px solid #e4e7ec;padding:3px 6px;text-align:left}
        table.grid td.num{text-align:right}section{break-inside:avoid}
        @media print{body{margin:0}.charts svg,.map svg{break-inside:avoid}}
        """;

    private static string Scope(AnalyticsFilter f) =>
        (f.Market is null ? "" : $", market {E(f.Market)}") + (f.Maker is null ? "" : $", maker {E(f.Maker)}") + (f.ProductGroup is null ? "" : $", product group {E(f.ProductGroup)}");

    /// <summary>The Trade targets table: Trade's own rows (orders by order day), shown with or without a shipment history.</summary>
    private static void TradeTargets(StringBuilder sb, DashboardData d, Func<string, string>? csv) =>
        Table(sb, "Target attainment (the organisation's Trade targets)", "targets", csv,
            ["Target", "Subject", "Period", "Target amount", "Unit", "Achieved", "Attainment", "Projected", "Projected attainment", "Note", "Source"],
            d.TradeTargets.Select(t => new[] { t.Code, t.Subject, $"{t.From:yyyy-MM-dd} – {t.Until.AddDays(-1):yyyy-MM-dd}", t.Target.ToString("#,##0", Inv), t.Unit,
                t.Achieved.ToString("#,##0", Inv), t.Attainment?.ToString("P1", Inv) ?? "–", t.Projected?.ToString("#,##0", Inv) ?? "–",
                t.ProjectedAttainment?.ToString("P1", Inv) ?? "–", t.Note ?? "", t.Source }),
            d.TradeTargets.Count == 0
                ? "The organisation has no Trade targets overlapping this range (import targets.csv); only the reported target below is shown."
                : "The same figures as Trade → Targets (one definition): achieved over each target's whole period from the organisation's orders (confirmed, in transit, delivered) and recorded order lines, by order day; units targets in units, value targets in their currency, each line converted at its order day's exchange rate (a line without a rate is left out and named in the note). Projection = achieved × period days ÷ days elapsed to today. The shipment history is not counted.");

    private static void Kpi(StringBuilder sb, string label, string value, string note) =>
        sb.Append("<div class=\"kpi\">").Append(E(label)).Append("<b>").Append(E(value)).Append("</b><span>").Append(E(note)).Append("</span></div>");

    internal static void Table(StringBuilder sb, string title, string name, Func<string, string>? csv, string[] header, IEnumerable<string[]> rows, string? note = null, bool raw = false)
    {
        sb.Append("<section><h2>").Append(E(title));
        if (csv is not null)
        {
            sb.Append(" <a class=\"small\" href=\"").Append(E(csv(name))).Append("\">CSV</a>");
        }

        sb.Append("</h2>");
        if (note is not null)
        {
            sb.Append("<p class=\"muted small\">").Append(E(note)).Append("</p>");
        }

        sb.Append("<table class=\"grid\" id=\"table-").Append(name).Append("\"><thead><tr>");
        foreach (var h in header)
        {
            sb.Append("<th>").Append(E(h)).Append("</th>");
        }

        sb.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            for (var i = 0; i < row.Length; i++)
            {
                var cell = raw && i == 0 ? row[i] : E(row[i]);
                sb.Append(i > 0 && row[i].Length > 0 && (char.IsDigit(row[i][0]) || row[i][0] is '-' or '+' or '$') ? "<td class=\"num\">" : "<td>").Append(cell).Append("</td>");
            }

            sb.Append("</tr>");
        }

        sb.Append("</tbody></table></section>");
    }

    internal static string Link(string text, string? href) => href is null ? E(text) : $"<a href=\"{E(href)}\">{E(text)}</a>";

    private static string N(long v) => v.ToString("#,##0", Inv);

    private static string T(long kg) => (kg / 1000m).ToString("#,##0.0", Inv);

    private static string Usd(long cents) => (cents / 100m).ToString("#,##0", Inv);

    private static string P(double? r) => r is { } x ? x.ToString("+0.0%;-0.0%", Inv) : "–";
}
