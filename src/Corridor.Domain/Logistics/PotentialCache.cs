using System.Collections.Concurrent;

namespace Corridor.Logistics;

/// <summary>
/// Backward lower bounds (A* potentials) of a <see cref="NetworkGraph"/> per target and weighting, computed once and
/// shared between queries and threads. They depend only on the graph's static figures (cost, shortest run, median
/// dwell), never on free capacity, so they stay valid for the graph's life; a new network version is a new graph with
/// its own cache. At most <see cref="Capacity"/> entries are kept; when full the cache starts again empty.
/// </summary>
internal sealed class PotentialCache
{
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<(int Target, double Alpha, double Beta, bool Vehicles, double Quantity), double[]> _entries = new();

    public double[] GetOrAdd((int Target, double Alpha, double Beta, bool Vehicles, double Quantity) key, Func<double[]> compute)
    {
        if (_entries.TryGetValue(key, out var h))
        {
            return h;
        }

        h = compute();
        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[key] = h;
        return h;
    }

    public void Clear() => _entries.Clear();
}
