using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Logistics;

/// <summary>Loads the stored network (shared reference data) and answers route questions on it.</summary>
public sealed class NetworkStore(CorridorDbContext db)
{
    public Task<NetworkDefinition> LoadAsync(CancellationToken ct = default) => LoadAsync(null, null, ct);

    /// <summary>
    /// The stored network with only the departures in <c>[<paramref name="from"/>, <paramref name="until"/>)</c> (either
    /// end open when null): a caller that routes over a known window (the order promise) need not load the whole timetable.
    /// </summary>
    public async Task<NetworkDefinition> LoadAsync(DateTimeOffset? from, DateTimeOffset? until, CancellationToken ct = default)
    {
        var nodes = await db.Set<Node>().AsNoTracking().OrderBy(n => n.Code).ToListAsync(ct);
        var links = await db.Set<Link>().AsNoTracking().ToListAsync(ct);
        var borders = await db.Set<BorderCrossing>().AsNoTracking().ToListAsync(ct);
        var query = db.Set<Departure>().AsNoTracking();
        if (from is { } f)
        {
            query = query.Where(d => d.DepartsAt >= f);
        }

        if (until is { } u)
        {
            query = query.Where(d => d.DepartsAt < u);
        }

        var departures = await query.ToListAsync(ct);
        var factors = await db.Set<EmissionFactor>().AsNoTracking().ToListAsync(ct);
        return new NetworkDefinition(nodes, links.OrderBy(l => l.Key, StringComparer.Ordinal).ToList(), borders, departures, factors);
    }

    /// <summary>Route options on the stored network, with departures' free capacity as stored now.</summary>
    public async Task<RouteAnswer> RouteAsync(RouteRequest request, CancellationToken ct = default) =>
        RouteFinder.Find(new NetworkGraph(await LoadAsync(ct)), request);
}
