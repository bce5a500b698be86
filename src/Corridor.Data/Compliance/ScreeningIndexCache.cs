using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Compliance;

/// <summary>
/// The screening index over all active snapshots, built once per set of active snapshots and shared by all requests
/// (a singleton). A new import changes the set, and the next request builds the new index.
/// </summary>
public sealed class ScreeningIndexCache
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Key, ActiveIndex Index)? _current;

    public async Task<ActiveIndex> GetAsync(CorridorDbContext db, CancellationToken ct = default)
    {
        var active = await db.ListSnapshots.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Source).ToListAsync(ct);
        var key = string.Join(",", active.Select(s => s.Id));
        if (_current is { } c && c.Key == key)
        {
            return c.Index;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } again && again.Key == key)
            {
                return again.Index;
            }

            var store = new SnapshotStore(db);
            var entries = new List<ListEntry>();
            foreach (var snapshot in active)
            {
                entries.AddRange(await store.EntriesAsync(snapshot.Id, null, ct));
            }

            var index = new ActiveIndex(ScreeningIndex.Build(entries), active);
            _current = (key, index);
            return index;
        }
        finally
        {
            _gate.Release();
        }
    }
}

/// <summary>An index and the snapshots it was built from.</summary>
public sealed record ActiveIndex(ScreeningIndex Index, IReadOnlyList<ListSnapshot> Snapshots)
{
    public string Labels => string.Join(", ", Snapshots.Select(s => s.Label));
}
