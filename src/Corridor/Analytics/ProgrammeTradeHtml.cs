using System.Globalization;
using System.Text;
using static Corridor.Analytics.SvgCharts;

namespace Corridor.Analytics;

/// <summary>
/// The dashboard's Trade section: agreement burn-down (ceiling-use bars, burn-down lines, table) and receivables by
/// currency (table), each figure linking to the orders behind it.
/// </summary>
internal static class ProgrammeTradeHtml
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Append(StringBuilder sb, DashboardData d, Func<string, string>? csv, Func<OrderSelection, string>? orders)
    {
        var f = d.Filter;
        var ceilinged = d.Agreements.Where(a => a.Ceiling is > 0).ToList();
        sb.Append("<section class=\"charts\" id=\"trade-charts\">");
        if (ceilinged.Count > 0)
        {
            sb.Append(CeilingBars("chart-agreements", "Agreements: share of the value ceiling committed (light) and delivered (dark)",
                ceilinged.Select(a => (a.Code, a.CommittedShare ?? 0, a.DeliveredShare ?? 0, $"{Amount(a.Committed)} of {Amount(a.Ceiling!.Value)} {a.Currency}",
                    orders?.Invoke(new OrderSelection(Agreement: a.Code)))).ToList()));
            var burning = ceilinged.Where(a => a.Points.Count > 0).ToList();
            if (burning.Count > 0)
            {
                var start = burning.Min(a => a.From);
                sb.Append(BurnDown("chart-burndown", "Burn-down: committed share of each value ceiling by order day", burning
                    .Select(a => (a.Code, (IReadOnlyList<(DateOnly, double)>)a.Points.Select(p => (p.Day, (double)(p.Committed / a.Ceiling!.Value))).ToList())).ToList(),
                    start < f.Until ? start : f.From, f.Until));
            }
        }

        sb.Append("</section>");
        ProgrammeHtml.Table(sb, "Agreement burn-down", "agreements", csv,
            ["Agreement", "Seller", "Status", "Period", "Currency", "Value ceiling", "Committed", "Delivered", "Remaining", "Committed share", "Orders"],
            d.Agreements.Select(a => new[]
            {
                ProgrammeHtml.Link(a.Code, orders?.Invoke(new OrderSelection(Agreement: a.Code))), a.Seller, a.Status,
                $"{a.From:yyyy-MM-dd} – {(a.Until is { } u ? u.AddDays(-1).ToString("yyyy-MM-dd", Inv) : "open")}", a.Currency,
                a.Ceiling is { } c ? Amount(c) : "no value ceiling", Amount(a.Committed), Amount(a.Delivered), a.Remaining is { } r ? Amount(r) : "–",
                a.CommittedShare?.ToString("P1", Inv) ?? "–", a.Orders.ToString("#,##0", Inv),
            }),
            d.Agreements.Count == 0
                ? "No agreement of the organisation runs in this range."
                : "Agreements whose period overlaps the range (seller = the maker filter, if any; the market and product-group filters do not apply to a ceiling). "
                  + "Committed = orders confirmed, in transit or delivered with an order day before the end of the range, each at the value Trade took from the ceiling at confirmation (converted at its order day); delivered = the delivered ones. States are today's. Quantity ceilings are on each agreement's page.",
            raw: true);
        ProgrammeHtml.Table(sb, "Receivables by currency (gross: no payments are recorded)", "receivables", csv,
            ["Currency", "Order state", "Orders", "Amount", "First order day", "Last order day"],
            d.Receivables.Select(r => new[]
            {
                ProgrammeHtml.Link(r.Currency, orders?.Invoke(new OrderSelection(Currency: r.Currency, Status: r.Status))), r.Status, r.Orders.ToString("#,##0", Inv),
                Amount(r.Amount), r.FirstOrderDay.ToString("yyyy-MM-dd", Inv), r.LastOrderDay.ToString("yyyy-MM-dd", Inv),
            }),
            "Orders dispatched (in transit) or delivered with an order day in the range (market filter; maker = the seller of the order's agreement), at Σ quantity × unit price in the order's currency. "
            + "Trade records no invoices or payments, so this is what has been billed once the goods left, with nothing deducted for payments received; amounts in different currencies are not added together.",
            raw: true);
    }

    private static string Amount(decimal v) => v.ToString("#,##0.00", Inv);
}
