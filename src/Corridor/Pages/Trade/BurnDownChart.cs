using System.Globalization;
using System.Net;
using System.Text;
using Corridor.Trade;

namespace Corridor.Pages.Trade;

/// <summary>
/// Server-rendered SVG of an agreement's value burn-down: committed value (cumulative, by order day) as a step line,
/// the ceiling and its 80 % warning line, across the agreement's period. No script, no external resources.
/// </summary>
public static class BurnDownChart
{
    private const int Width = 720, Height = 260, Left = 80, Right = 20, Top = 20, Bottom = 40;

    public static string Render(BurnDown burn, DateOnly today)
    {
        var a = burn.Agreement;
        var from = a.From;
        var until = a.Until ?? (burn.Orders.Count > 0 ? burn.Orders.Max(o => o.OrderDate).AddDays(30) : today.AddDays(365));
        var ceiling = a.ValueCeiling?.Amount;
        var points = new List<(DateOnly Day, decimal Total)> { (from, 0m) };
        var total = 0m;
        foreach (var o in burn.Orders.Where(o => o.Value.Amount > 0))
        {
            total += o.Value.Amount;
            points.Add((o.OrderDate, total));
        }

        var max = Math.Max(ceiling ?? 0m, total) * 1.1m;
        if (max <= 0)
        {
            max = 1m;
        }

        var days = Math.Max(1, until.DayNumber - from.DayNumber);
        double X(DateOnly d) => Left + (Width - Left - Right) * Math.Clamp((d.DayNumber - from.DayNumber) / (double)days, 0, 1);
        double Y(decimal v) => Top + (Height - Top - Bottom) * (1 - (double)(v / max));
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" role=\"img\" aria-label=\"Burn-down of {WebUtility.HtmlEncode(a.Code)}\" class=\"burn-down\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{Top}\" width=\"{Width - Left - Right}\" height=\"{Height - Top - Bottom}\" fill=\"#fafbfc\" stroke=\"#d0d5dd\"/>");
        for (var i = 0; i <= 4; i++)
        {
            var v = max * i / 4;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{F(Y(v) + 4)}\" font-size=\"11\" text-anchor=\"end\">{Short(v)}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 20}\" font-size=\"11\">{from:yyyy-MM-dd}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Height - 20}\" font-size=\"11\" text-anchor=\"end\">{until:yyyy-MM-dd}</text>");
        if (ceiling is { } c)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{F(Y(c))}\" y2=\"{F(Y(c))}\" stroke=\"#b42318\" stroke-width=\"2\"><title>ceiling {c:N0} {a.CeilingCurrency}</title></line>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{F(Y(c * Agreement.WarningShare))}\" y2=\"{F(Y(c * Agreement.WarningShare))}\" stroke=\"#b54708\" stroke-dasharray=\"6 4\"><title>80 % warning</title></line>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right - 4}\" y=\"{F(Y(c) - 4)}\" font-size=\"11\" text-anchor=\"end\" fill=\"#b42318\">ceiling {Short(c)} {a.CeilingCurrency}</text>");
        }

        if (today >= from && today < until)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{F(X(today))}\" x2=\"{F(X(today))}\" y1=\"{Top}\" y2=\"{Height - Bottom}\" stroke=\"#98a2b3\" stroke-dasharray=\"2 3\"><title>today</title></line>");
        }

        var path = new StringBuilder($"M{F(X(points[0].Day))},{F(Y(0))}");
        for (var i = 1; i < points.Count; i++)
        {
            path.Append(CultureInfo.InvariantCulture, $" H{F(X(points[i].Day))} V{F(Y(points[i].Total))}");
        }

        path.Append(CultureInfo.InvariantCulture, $" H{F(X(today < until ? (today > from ? today : from) : until))}");
        svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\" fill=\"none\" stroke=\"#175cd3\" stroke-width=\"2.5\"/>");
        foreach (var (day, value) in points.Skip(1))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(day))}\" cy=\"{F(Y(value))}\" r=\"3\" fill=\"#175cd3\"><title>{day:yyyy-MM-dd}: {value:N0} {a.CeilingCurrency}</title></circle>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Short(decimal v) => v switch
    {
        >= 1_000_000_000m => (v / 1_000_000_000m).ToString("0.#", CultureInfo.InvariantCulture) + "bn",
        >= 1_000_000m => (v / 1_000_000m).ToString("0.#", CultureInfo.InvariantCulture) + "M",
        >= 1_000m => (v / 1_000m).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        _ => v.ToString("0", CultureInfo.InvariantCulture),
    };
}
