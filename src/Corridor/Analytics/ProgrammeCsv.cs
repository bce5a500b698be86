using Corridor.Import;

namespace Corridor.Analytics;

/// <summary>Every table of the dashboard as CSV (<see cref="SpreadsheetCsv"/>: RFC 4180, invariant culture, formulas escaped; money in units of its currency, weights in kilograms).</summary>
public static class ProgrammeCsv
{
    public static readonly string[] Tables = ["vehicles", "parts", "markets", "groups", "items", "currencies", "growth", "targets", "utilisation", "leadtimes", "reported", "agreements", "receivables"];

    public static string? Write(string table, DashboardData d)
    {
        var g = d.Granularity;
        IEnumerable<object?[]>? rows = table switch
        {
            "vehicles" or "parts" => Rows(["period", "lines", "units", "weight_kg", "value_usd"],
                (table == "vehicles" ? d.VehiclesByPeriod : d.PartsByPeriod).Select(r => new object?[] { AnalyticsPeriod.Label(r.Period, g), r.Lines, r.Units, r.WeightKg, r.Value / 100m })),
            "markets" => Rows(["market", "lines", "units", "weight_kg", "value_usd"], d.ByMarket.Select(r => new object?[] { r.Market, r.Lines, r.Units, r.WeightKg, r.Value / 100m })),
            "groups" => Rows(["product_group", "lines", "units", "weight_kg", "value_usd"], d.ByProductGroup.Select(r => new object?[] { r.ProductGroup, r.Lines, r.Units, r.WeightKg, r.Value / 100m })),
            "items" => Rows(["year", "maker", "item_kind", "item", "lines", "units", "weight_kg", "value_usd"], d.ByMakerItem.Select(r => new object?[] { r.Period, r.Maker, r.ItemKind, r.Item, r.Lines, r.Units, r.WeightKg, r.Value / 100m })),
            "currencies" => Rows(["year", "currency", "lines", "value"], d.ByCurrency.Select(r => new object?[] { r.Period, r.Currency, r.Lines, r.Value / 100m })),
            "growth" => Rows(["period", "units", "value_usd", "units_vs_previous", "units_year_on_year", "value_vs_previous", "value_year_on_year"],
                d.Growth.Select(r => new object?[] { AnalyticsPeriod.Label(r.Period, g), r.Units, r.ValueUsdCents / 100m, r.UnitsPeriodOnPeriod, r.UnitsYearOnYear, r.ValuePeriodOnPeriod, r.ValueYearOnYear })),
            "targets" => Rows(["target_kind", "code", "subject", "period_from", "period_until", "measure", "unit", "target", "achieved", "projected", "attainment", "projected_attainment", "note", "source"],
                d.TradeTargets.Select(t => new object?[] { t.TargetKind, t.Code, t.Subject, t.From, t.Until, t.Measure, t.Unit, t.Target, t.Achieved, t.Projected, t.Attainment, t.ProjectedAttainment, t.Note, t.Source })
                    .Concat(d.Targets.Select(t => new object?[] { t.TargetKind, "", t.Subject, new DateOnly(t.Year, 1, 1), new DateOnly(t.Year + 1, 1, 1), "units", t.Unit, t.Target, t.Recorded, t.Projected, t.Attainment, t.ProjectedAttainment, "", t.Source }))),
            "utilisation" => Rows(["link", "from", "to", "quarter", "vehicles", "weight_kg", "capacity_slots", "capacity_tonnes", "utilisation"],
                d.Utilisation.Select(u => new object?[] { u.LinkKey, u.From, u.To, AnalyticsPeriod.Label(u.Period, Granularity.Quarter), u.Vehicles, u.WeightKg, u.CapacitySlots, u.CapacityTonnes, u.Utilisation })),
            "leadtimes" => Rows(["lead_days", "lines", "on_time_lines"], d.LeadTimes.Buckets.Select(b => new object?[] { b.LeadDays, b.Lines, b.OnTimeLines })),
            "reported" => Rows(["subject", "metric", "value", "unit", "period_from", "period_until", "quote", "source", "kind"],
                d.Reported.Select(r => new object?[] { r.Subject, r.Metric, r.Value, r.Unit, r.From, r.Until, r.Quote, r.Source, "reported" })),
            "agreements" => Rows(["agreement", "title", "seller", "status", "valid_from", "valid_until", "currency", "value_ceiling", "committed", "delivered", "remaining", "committed_share", "orders"],
                d.Agreements.Select(a => new object?[] { a.Code, a.Title, a.Seller, a.Status, a.From, a.Until, a.Currency, a.Ceiling, a.Committed, a.Delivered, a.Remaining, a.CommittedShare, a.Orders })),
            "receivables" => Rows(["currency", "order_state", "orders", "amount", "first_order_day", "last_order_day"],
                d.Receivables.Select(r => new object?[] { r.Currency, r.Status, r.Orders, r.Amount, r.FirstOrderDay, r.LastOrderDay })),
            _ => null,
        };
        return rows is null ? null : Csv(rows);
    }

    public static string Lines(IEnumerable<ShipmentLine> lines) => Csv(Rows(
        ["line_no", "order_no", "order_date", "ship_date", "delivery_date", "due_date", "market", "maker", "item_kind", "item", "product_group", "units", "weight_kg", "currency", "value", "value_usd", "route_id", "branch", "lead_days", "on_time"],
        lines.Select(l => new object?[] { l.LineNo, l.OrderNo, l.OrderDate, l.ShipDate, l.DeliveryDate, l.DueDate, l.Market, l.Maker, l.ItemKind, l.ItemCode, l.ProductGroup, l.Units, l.WeightKg, l.Currency, l.ValueMinor / 100m, l.ValueUsdCents / 100m, l.RouteId, l.Branch, l.LeadDays, l.OnTime })));

    public static string Orders(IEnumerable<OrderRecord> orders) => Csv(Rows(
        ["order", "agreement", "market", "order_date", "requested_date", "status", "currency", "amount", "units", "committed_ceiling_value", "ceiling_currency"],
        orders.Select(o => new object?[] { o.Number, o.Agreement, o.Market, o.OrderDate, o.RequestedDate, o.Status, o.Currency, o.Amount, o.Units, o.CommittedCeilingValue, o.CeilingCurrency })));

    private static IEnumerable<object?[]> Rows(object?[] header, IEnumerable<object?[]> rows) => new[] { header }.Concat(rows);

    private static string Csv(IEnumerable<object?[]> rows) => SpreadsheetCsv.Write(rows);
}
