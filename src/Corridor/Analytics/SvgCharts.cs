using System.Globalization;
using System.Net;
using System.Text;

namespace Corridor.Analytics;

/// <summary>
/// Server-rendered SVG charts (no script, no CDN): bars with an optional reference line, horizontal bars, a
/// histogram, ceiling-use bars and burn-down step lines. Every text is HTML-encoded; numbers are formatted with the invariant culture.
/// </summary>
public static class SvgCharts
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Vertical bars, one per label; <paramref name="reference"/> draws a dashed line at that value with its label.</summary>
    public static string Bars(string id, string title, IReadOnlyList<(string Label, double Value, string? Href)> bars, string unit, (double Value, string Label)? reference = null, string colour = "#2f6fab")
    {
        const double W = 760, H = 240, Left = 64, Bottom = 40, Top = 28;
        var max = Math.Max(bars.Count == 0 ? 1 : bars.Max(b => b.Value), reference?.Value ?? 0);
        max = max <= 0 ? 1 : Nice(max);
        var sb = Open(id, title, W, H);
        var plotH = H - Bottom - Top;
        for (var i = 0; i <= 4; i++)
        {
            var v = max * i / 4;
            var y = H - Bottom - (plotH * i / 4);
            sb.Append(Inv, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{W - 8}\" y2=\"{y:0.#}\" stroke=\"#e4e7ec\"/><text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" font-size=\"10\" fill=\"#555\">{Short(v)}</text>");
        }

        var step = bars.Count == 0 ? 1 : (W - Left - 8) / bars.Count;
        var labelEvery = Math.Max(1, (int)Math.Ceiling(bars.Count / 16.0));
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, href) = bars[i];
            var h = plotH * value / max;
            var x = Left + (i * step) + (step * 0.1);
            var rect = string.Format(Inv, "<rect x=\"{0:0.#}\" y=\"{1:0.#}\" width=\"{2:0.#}\" height=\"{3:0.#}\" fill=\"{4}\"><title>{5}: {6} {7}</title></rect>",
                x, H - Bottom - h, step * 0.8, h, colour, E(label), value.ToString("#,##0", Inv), E(unit));
            sb.Append(href is null ? rect : $"<a href=\"{E(href)}\">{rect}</a>");
            if (i % labelEvery == 0)
            {
                sb.Append(Inv, $"<text x=\"{x + (step * 0.4):0.#}\" y=\"{H - Bottom + 14}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#333\">{E(label)}</text>");
            }
        }

        if (reference is { } r)
        {
            var y = H - Bottom - (plotH * r.Value / max);
            sb.Append(Inv, $"<line x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{W - 8}\" y2=\"{y:0.#}\" stroke=\"#c0392b\" stroke-dasharray=\"6 4\" stroke-width=\"1.5\"/><text x=\"{W - 10}\" y=\"{y - 5:0.#}\" text-anchor=\"end\" font-size=\"11\" fill=\"#c0392b\">{E(r.Label)}</text>");
        }

        sb.Append(Inv, $"<text x=\"{Left}\" y=\"16\" font-size=\"12\" font-weight=\"bold\" fill=\"#222\">{E(title)}</text><text x=\"{W - 8}\" y=\"16\" text-anchor=\"end\" font-size=\"10\" fill=\"#555\">{E(unit)}</text>");
        return Close(sb);
    }

    /// <summary>Horizontal bars (label, value), largest first as given.</summary>
    public static string HorizontalBars(string id, string title, IReadOnlyList<(string Label, double Value, string? Href)> bars, string unit, string colour = "#3c8d5a")
    {
        const double W = 370, Row = 20, Left = 110, Top = 28;
        var H = Top + (Row * Math.Max(1, bars.Count)) + 10;
        var max = bars.Count == 0 ? 1 : Math.Max(1, bars.Max(b => b.Value));
        var sb = Open(id, title, W, H);
        sb.Append(Inv, $"<text x=\"4\" y=\"16\" font-size=\"12\" font-weight=\"bold\" fill=\"#222\">{E(title)}</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, href) = bars[i];
            var y = Top + (i * Row);
            var w = (W - Left - 70) * value / max;
            var rect = string.Format(Inv, "<rect x=\"{0}\" y=\"{1:0.#}\" width=\"{2:0.#}\" height=\"{3}\" fill=\"{4}\"><title>{5}: {6} {7}</title></rect>", Left, y, w, Row - 6, colour, E(label), value.ToString("#,##0", Inv), E(unit));
            sb.Append(Inv, $"<text x=\"{Left - 6}\" y=\"{y + 11:0.#}\" text-anchor=\"end\" font-size=\"11\" fill=\"#333\">{E(label)}</text>");
            sb.Append(href is null ? rect : $"<a href=\"{E(href)}\">{rect}</a>");
            sb.Append(Inv, $"<text x=\"{Left + w + 4:0.#}\" y=\"{y + 11:0.#}\" font-size=\"10\" fill=\"#555\">{Short(value)}</text>");
        }

        return Close(sb);
    }

    /// <summary>
    /// Share of a ceiling used, one bar per row: delivered (dark) and committed but not yet delivered (light) as shares of
    /// the ceiling, on a scale to at least 100 % with the 80 % warning and the ceiling marked.
    /// </summary>
    public static string CeilingBars(string id, string title, IReadOnlyList<(string Label, double Committed, double Delivered, string Caption, string? Href)> rows, string colour = "#2f6fab")
    {
        const double W = 760, Row = 22, Left = 150, Right = 130, Top = 34;
        var H = Top + (Row * Math.Max(1, rows.Count)) + 16;
        var max = Math.Max(1.0, rows.Count == 0 ? 1 : rows.Max(r => r.Committed));
        var plotW = W - Left - Right;
        double X(double share) => Left + (plotW * share / max);
        var sb = Open(id, title, W, H);
        sb.Append(Inv, $"<text x=\"4\" y=\"16\" font-size=\"12\" font-weight=\"bold\" fill=\"#222\">{E(title)}</text>");
        foreach (var (share, label, dash) in new[] { (0.8, "80 %", "4 3"), (1.0, "ceiling", "") })
        {
            var x = X(share);
            sb.Append(Inv, $"<line x1=\"{x:0.#}\" y1=\"{Top - 8}\" x2=\"{x:0.#}\" y2=\"{H - 10:0.#}\" stroke=\"{(share < 1 ? "#b54708" : "#b42318")}\" stroke-dasharray=\"{dash}\"/><text x=\"{x:0.#}\" y=\"{Top - 12}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#555\">{label}</text>");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var (label, committed, delivered, caption, href) = rows[i];
            var y = Top + (i * Row);
            var bars = string.Format(Inv,
                "<g><rect x=\"{0}\" y=\"{1:0.#}\" width=\"{2:0.#}\" height=\"{3}\" fill=\"{4}\" fill-opacity=\"0.45\"><title>{5}: {6} committed</title></rect>"
                + "<rect x=\"{0}\" y=\"{1:0.#}\" width=\"{7:0.#}\" height=\"{3}\" fill=\"{4}\"><title>{5}: {8} delivered</title></rect></g>",
                Left, y, X(committed) - Left, Row - 8, colour, E(label), committed.ToString("P1", Inv), X(delivered) - Left, delivered.ToString("P1", Inv));
            sb.Append(Inv, $"<text x=\"{Left - 6}\" y=\"{y + 11:0.#}\" text-anchor=\"end\" font-size=\"11\" fill=\"#333\">{E(label)}</text>");
            sb.Append(href is null ? bars : $"<a href=\"{E(href)}\">{bars}</a>");
            sb.Append(Inv, $"<text x=\"{Math.Max(X(committed), X(1.0)) + 6:0.#}\" y=\"{y + 11:0.#}\" font-size=\"10\" fill=\"#555\">{E(caption)}</text>");
        }

        return Close(sb);
    }

    /// <summary>
    /// Burn-down: for each series, the cumulative share of its ceiling as a step line over days
    /// [<paramref name="from"/>, <paramref name="until"/>), with the ceiling (100 %) and the 80 % warning line.
    /// </summary>
    public static string BurnDown(string id, string title, IReadOnlyList<(string Label, IReadOnlyList<(DateOnly Day, double Share)> Points)> series, DateOnly from, DateOnly until)
    {
        const double W = 760, H = 240, Left = 64, Right = 150, Bottom = 34, Top = 28;
        string[] colours = ["#2f6fab", "#3c8d5a", "#8e5ea2", "#c77c2e", "#5b6b7f", "#c0392b"];
        var max = Math.Max(1.0, series.SelectMany(s => s.Points).Select(p => p.Share).DefaultIfEmpty(0).Max()) * 1.1;
        var days = Math.Max(1, until.DayNumber - from.DayNumber);
        double X(DateOnly d) => Left + ((W - Left - Right) * Math.Clamp((d.DayNumber - from.DayNumber) / (double)days, 0, 1));
        double Y(double share) => H - Bottom - ((H - Bottom - Top) * share / max);
        var sb = Open(id, title, W, H);
        sb.Append(Inv, $"<text x=\"{Left}\" y=\"16\" font-size=\"12\" font-weight=\"bold\" fill=\"#222\">{E(title)}</text>");
        for (var i = 0; i <= 4; i++)
        {
            var v = max * i / 4;
            sb.Append(Inv, $"<line x1=\"{Left}\" y1=\"{Y(v):0.#}\" x2=\"{W - Right}\" y2=\"{Y(v):0.#}\" stroke=\"#e4e7ec\"/><text x=\"{Left - 6}\" y=\"{Y(v) + 4:0.#}\" text-anchor=\"end\" font-size=\"10\" fill=\"#555\">{v.ToString("P0", Inv)}</text>");
        }

        sb.Append(Inv, $"<line x1=\"{Left}\" y1=\"{Y(1):0.#}\" x2=\"{W - Right}\" y2=\"{Y(1):0.#}\" stroke=\"#b42318\" stroke-width=\"1.5\"/><line x1=\"{Left}\" y1=\"{Y(0.8):0.#}\" x2=\"{W - Right}\" y2=\"{Y(0.8):0.#}\" stroke=\"#b54708\" stroke-dasharray=\"6 4\"/>");
        sb.Append(Inv, $"<text x=\"{Left}\" y=\"{H - 12}\" font-size=\"10\" fill=\"#333\">{from:yyyy-MM-dd}</text><text x=\"{W - Right}\" y=\"{H - 12}\" text-anchor=\"end\" font-size=\"10\" fill=\"#333\">{until.AddDays(-1):yyyy-MM-dd}</text>");
        for (var s = 0; s < series.Count; s++)
        {
            var (label, points) = series[s];
            var colour = colours[s % colours.Length];
            var path = new StringBuilder().Append(Inv, $"M{X(from):0.#},{Y(0):0.#}");
            var last = 0.0;
            foreach (var (day, share) in points)
            {
                path.Append(Inv, $" H{X(day):0.#} V{Y(share):0.#}");
                last = share;
            }

            path.Append(Inv, $" H{X(until):0.#}");
            sb.Append(Inv, $"<path d=\"{path}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"><title>{E(label)}: {last.ToString("P1", Inv)} of the ceiling</title></path>");
            sb.Append(Inv, $"<text x=\"{W - Right + 6}\" y=\"{Top + 12 + (s * 14)}\" font-size=\"10\" fill=\"{colour}\">{E(label)} {last.ToString("P0", Inv)}</text>");
        }

        return Close(sb);
    }

    internal static StringBuilder Open(string id, string title, double w, double h) =>
        new StringBuilder().Append(Inv, $"<svg id=\"{E(id)}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w:0.#} {h:0.#}\" width=\"100%\" role=\"img\" aria-label=\"{E(title)}\" style=\"background:#fff;border:1px solid #d0d5dd;max-width:{w:0}px\">");

    /// <summary>
    /// Ends the chart. A chart whose bars are links is a group of links, not an image: an image role would hide the links
    /// from assistive technology (axe: nested-interactive).
    /// </summary>
    internal static string Close(StringBuilder sb)
    {
        var svg = sb.Append("</svg>").ToString();
        return svg.Contains("<a href=", StringComparison.Ordinal) ? svg.Replace(" role=\"img\" ", " role=\"group\" ", StringComparison.Ordinal) : svg;
    }

    internal static string E(string s) => WebUtility.HtmlEncode(s);

    public static string Short(double v) => Math.Abs(v) switch
    {
        >= 1e9 => (v / 1e9).ToString("0.#", Inv) + "bn",
        >= 1e6 => (v / 1e6).ToString("0.#", Inv) + "M",
        >= 1e4 => (v / 1e3).ToString("0", Inv) + "k",
        _ => v.ToString("#,##0.#", Inv),
    };

    private static double Nice(double max)
    {
        var exp = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var m in new[] { 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 })
        {
            if (m * exp >= max)
            {
                return m * exp;
            }
        }

        return 10 * exp;
    }
}
