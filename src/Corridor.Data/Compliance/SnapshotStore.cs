using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Compliance;

/// <summary>Reads snapshots, their entries and the delta between two snapshots of a source.</summary>
public sealed class SnapshotStore(CorridorDbContext db)
{
    public Task<List<ListSnapshot>> ListAsync(string? source, CancellationToken ct = default) =>
        db.ListSnapshots.Where(s => source == null || s.Source == source).OrderBy(s => s.Source).ThenByDescending(s => s.ImportedAt).ToListAsync(ct);

    public Task<List<ListSnapshot>> ActiveAsync(CancellationToken ct = default) =>
        db.ListSnapshots.Where(s => s.IsActive).OrderBy(s => s.Source).ToListAsync(ct);

    /// <summary>The delta from <paramref name="from"/> (or from nothing) to <paramref name="to"/>; null when a snapshot is unknown or the sources differ.</summary>
    public async Task<SnapshotDelta?> DeltaAsync(Guid? from, Guid to, CancellationToken ct = default)
    {
        var target = await db.ListSnapshots.FindAsync([to], ct);
        var origin = from is { } f ? await db.ListSnapshots.FindAsync([f], ct) : null;
        if (target is null || (from is not null && (origin is null || origin.Source != target.Source)))
        {
            return null;
        }

        var newer = await Keys(to, ct);
        var older = from is { } o ? await Keys(o, ct) : [];
        var added = newer.Values.Where(n => !older.ContainsKey(n.EntryKey)).Select(Item).OrderBy(i => i.EntryKey, StringComparer.Ordinal).ToArray();
        var removed = older.Values.Where(o => !newer.ContainsKey(o.EntryKey)).Select(Item).OrderBy(i => i.EntryKey, StringComparer.Ordinal).ToArray();
        var changed = newer.Values.Where(n => older.TryGetValue(n.EntryKey, out var o) && o.Hash != n.Hash).Select(Item).OrderBy(i => i.EntryKey, StringComparer.Ordinal).ToArray();
        return new SnapshotDelta(from, to, added, removed, changed);
    }

    public async Task<List<ListEntry>> EntriesAsync(Guid snapshotId, IReadOnlySet<string>? keys, CancellationToken ct = default)
    {
        var rows = await db.ListSnapshotEntries.AsNoTracking().Where(e => e.SnapshotId == snapshotId).Select(e => new { e.EntryKey, e.Payload }).ToListAsync(ct);
        return rows.Where(r => keys is null || keys.Contains(r.EntryKey)).Select(r => ListEntryJson.Deserialize(r.Payload)).ToList();
    }

    private static DeltaItem Item(KeyRow r) => new(r.EntryKey, r.Caption, r.Type);

    private async Task<Dictionary<string, KeyRow>> Keys(Guid snapshot, CancellationToken ct) =>
        (await db.ListSnapshotEntries.AsNoTracking().Where(e => e.SnapshotId == snapshot)
            .Select(e => new KeyRow(e.EntryKey, e.Caption, e.Type, e.Hash)).ToListAsync(ct))
        .ToDictionary(r => r.EntryKey, StringComparer.Ordinal);

    private sealed record KeyRow(string EntryKey, string Caption, ListEntryType Type, string Hash);
}
