using System.Globalization;
using Corridor.Logistics;

namespace Corridor.Analytics;

/// <summary>
/// The corridor network drawn from node coordinates (equirectangular, scaled by the cosine of the mean latitude; no
/// tiles): each link coloured by its peak utilisation in the period (green under 60 %, amber under 90 %, red from 90 %,
/// grey when it carried nothing of ours or has no capacity) and as thick as the tonnes it carried.
/// </summary>
public static class CorridorMap
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(string id, IReadOnlyList<Node> nodes, IReadOnlyList<Link> links, IReadOnlyDictionary<string, (double? PeakUtilisation, long WeightKg)> load)
    {
        const double W = 560, H = 620, Pad = 30;
        if (nodes.Count == 0)
        {
            return "<p class=\"muted\">No network is imported (nodes.csv, links.csv).</p>";
        }

        var minLat = nodes.Min(n => n.Latitude);
        var maxLat = nodes.Max(n => n.Latitude);
        var minLon = nodes.Min(n => n.Longitude);
        var maxLon = nodes.Max(n => n.Longitude);
        var k = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var scale = Math.Min((W - (2 * Pad)) / Math.Max(0.1, (maxLon - minLon) * k), (H - (2 * Pad)) / Math.Max(0.1, maxLat - minLat));
        (double X, double Y) P(Node n) => (Pad + ((n.Longitude - minLon) * k * scale), H - Pad - ((n.Latitude - minLat) * scale));
        var byCode = nodes.ToDictionary(n => n.Code, StringComparer.OrdinalIgnoreCase);
        var maxKg = Math.Max(1, load.Values.Select(v => v.WeightKg).DefaultIfEmpty(1).Max());
        var sb = SvgCharts.Open(id, "Corridor map: links coloured by peak utilisation", W, H);
        sb.Append("<text x=\"8\" y=\"18\" font-size=\"12\" font-weight=\"bold\">Corridor map — peak utilisation per link</text>");
        foreach (var link in links)
        {
            if (!byCode.TryGetValue(link.FromCode, out var a) || !byCode.TryGetValue(link.ToCode, out var b))
            {
                continue;
            }

            var (x1, y1) = P(a);
            var (x2, y2) = P(b);
            load.TryGetValue(link.Key, out var l);
            var colour = l.WeightKg == 0 || l.PeakUtilisation is null ? "#b8bec7" : l.PeakUtilisation < 0.6 ? "#2e9e5b" : l.PeakUtilisation < 0.9 ? "#e0a100" : "#c62828";
            var width = l.WeightKg == 0 ? 1.2 : 2 + (6.0 * l.WeightKg / maxKg);
            var dash = link.Mode == TransportMode.Sea ? " stroke-dasharray=\"5 3\"" : link.Mode == TransportMode.Road ? " stroke-dasharray=\"1 2\"" : "";
            var title = $"{link.FromCode} → {link.ToCode} ({link.Mode.ToText()}): " + (l.WeightKg == 0 ? "nothing carried" : $"{l.WeightKg / 1000.0:#,##0} t" + (l.PeakUtilisation is { } u ? $", peak {u:P0} of capacity" : ", no capacity in links.csv"));
            sb.Append(Inv, $"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" stroke=\"{colour}\" stroke-width=\"{width:0.#}\"{dash} stroke-linecap=\"round\"><title>{SvgCharts.E(title)}</title></line>");
        }

        foreach (var n in nodes)
        {
            var (x, y) = P(n);
            var major = n.Kind is NodeKind.Factory or NodeKind.Port or NodeKind.Hub or NodeKind.City;
            sb.Append(Inv, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{(major ? 3.5 : 2.2)}\" fill=\"#1d2939\"><title>{SvgCharts.E(n.Name)} ({SvgCharts.E(n.Code)})</title></circle>");
            if (major && n.Kind != NodeKind.Factory)
            {
                sb.Append(Inv, $"<text x=\"{x + 5:0.#}\" y=\"{y + 3:0.#}\" font-size=\"9\" fill=\"#344054\">{SvgCharts.E(n.Code)}</text>");
            }
        }

        sb.Append(Inv, $"<g font-size=\"10\" transform=\"translate(8,{H - 70})\"><rect width=\"150\" height=\"62\" fill=\"#fff\" stroke=\"#d0d5dd\"/>");
        var legend = new[] { ("#2e9e5b", "under 60 %"), ("#e0a100", "60–90 %"), ("#c62828", "90 % and more (full)"), ("#b8bec7", "none / no capacity") };
        for (var i = 0; i < legend.Length; i++)
        {
            sb.Append(Inv, $"<line x1=\"8\" y1=\"{12 + (i * 13)}\" x2=\"30\" y2=\"{12 + (i * 13)}\" stroke=\"{legend[i].Item1}\" stroke-width=\"4\"/><text x=\"36\" y=\"{16 + (i * 13)}\">{legend[i].Item2}</text>");
        }

        return sb.Append("</g></svg>").ToString();
    }
}
