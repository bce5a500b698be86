using System.Collections.Concurrent;

namespace Corridor.Logistics;

/// <summary>
/// What never changes about a departure once it exists — its capacity unit, departure time and service (a re-import
/// reschedules only the arrival and the capacity) — kept for the life of the process, so that a booking on a known
/// departure goes straight to its conditional update without reading the departure first. Capacity and booked room
/// are never cached: the conditional update decides against the stored row.
/// </summary>
public sealed class DepartureFacts
{
    /// <summary>A bound on the entries (a year of weekly departures over many services is far below it); past it the cache starts again.</summary>
    public const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<Guid, Fact> _facts = new();

    public sealed record Fact(CapacityUnit Unit, DateTimeOffset DepartsAt, string ServiceCode);

    public bool TryGet(Guid departureId, out Fact fact) => _facts.TryGetValue(departureId, out fact!);

    public void Remember(Guid departureId, Fact fact)
    {
        if (_facts.Count >= MaxEntries)
        {
            _facts.Clear();
        }

        _facts[departureId] = fact;
    }

    /// <summary>Forgets a departure that was looked for and not found (deleted since).</summary>
    public void Forget(Guid departureId) => _facts.TryRemove(departureId, out _);
}
