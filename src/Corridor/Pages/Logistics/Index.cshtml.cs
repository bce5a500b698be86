using System.Globalization;
using Corridor.Logistics;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Logistics;

/// <summary>The corridor map (SVG from node coordinates, no tiles): links coloured by booked share of their departures, borders marked.</summary>
public sealed class IndexModel(CorridorDbContext db, TimeProvider clock) : PageModel
{
    private const double Width = 900, Height = 620, Pad = 30;

    public sealed record NodeDot(string Code, string Name, double X, double Y, bool Border, NodeKind Kind);

    public sealed record LinkLine(string Key, double X1, double Y1, double X2, double Y2, TransportMode Mode, double? Utilisation, string Colour, string Title);

    public sealed record DepartureRow(Guid Id, string Service, string From, string To, DateTimeOffset Departs, int Capacity, int Booked, string Unit);

    public IReadOnlyList<NodeDot> Nodes { get; private set; } = [];

    public IReadOnlyList<LinkLine> Links { get; private set; } = [];

    public IReadOnlyList<DepartureRow> Departures { get; private set; } = [];

    public static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var nodes = await db.Set<Node>().AsNoTracking().ToListAsync(ct);
        var borders = (await db.Set<BorderCrossing>().AsNoTracking().Select(b => b.NodeCode).ToListAsync(ct)).ToHashSet();
        var links = await db.Set<Link>().AsNoTracking().ToListAsync(ct);
        var now = clock.GetUtcNow();
        var departures = (await db.Set<Departure>().AsNoTracking().ToListAsync(ct)).Where(d => d.DepartsAt >= now).ToList();
        if (nodes.Count == 0)
        {
            return;
        }

        double minLat = nodes.Min(n => n.Latitude), maxLat = nodes.Max(n => n.Latitude), minLon = nodes.Min(n => n.Longitude), maxLon = nodes.Max(n => n.Longitude);
        var scale = Math.Min((Width - (2 * Pad)) / Math.Max(1e-6, maxLon - minLon), (Height - (2 * Pad)) / Math.Max(1e-6, maxLat - minLat));
        (double X, double Y) P(Node n) => (Pad + ((n.Longitude - minLon) * scale), Height - Pad - ((n.Latitude - minLat) * scale));
        var byCode = nodes.ToDictionary(n => n.Code);
        Nodes = nodes.Select(n => { var (x, y) = P(n); return new NodeDot(n.Code, n.Name, x, y, borders.Contains(n.Code), n.Kind); }).ToList();
        var usage = departures.GroupBy(d => (d.FromCode, d.ToCode, d.Mode)).ToDictionary(g => g.Key, g => g.Sum(d => (double)d.Booked) / Math.Max(1, g.Sum(d => (double)d.Capacity)));
        Links = links.Where(l => byCode.ContainsKey(l.FromCode) && byCode.ContainsKey(l.ToCode)).Select(l =>
        {
            var (x1, y1) = P(byCode[l.FromCode]);
            var (x2, y2) = P(byCode[l.ToCode]);
            double? u = usage.TryGetValue((l.FromCode, l.ToCode, l.Mode), out var a) ? a : usage.TryGetValue((l.ToCode, l.FromCode, l.Mode), out var b) ? b : null;
            var colour = u switch { null => "#9aa5b1", < 0.5 => "#2e7d32", < 0.85 => "#f9a825", _ => "#c62828" };
            var title = $"{l.FromCode} - {l.ToCode} {l.Mode.ToText()} {l.DistanceKm} km" + (u is { } v ? $", booked {v:P0} of scheduled capacity" : ", unscheduled") + (l.SeasonalClosure is { } c ? $", closed {c}" : "");
            return new LinkLine(l.Key, x1, y1, x2, y2, l.Mode, u, colour, title);
        }).ToList();
        Departures = departures.Where(d => d.Booked > 0).OrderBy(d => d.DepartsAt).Take(50)
            .Select(d => new DepartureRow(d.Id, d.ServiceCode, d.FromCode, d.ToCode, d.DepartsAt, d.Capacity, d.Booked, d.Unit.ToString().ToLowerInvariant())).ToList();
    }
}
