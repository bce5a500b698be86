namespace Corridor.Compliance;

/// <summary>What changed between two snapshots of a source: entry keys added, removed and changed (same key, other content).</summary>
public sealed record SnapshotDelta(Guid? FromSnapshotId, Guid ToSnapshotId, IReadOnlyList<DeltaItem> Added, IReadOnlyList<DeltaItem> Removed, IReadOnlyList<DeltaItem> Changed);

/// <summary>One entry of a <see cref="SnapshotDelta"/>.</summary>
public sealed record DeltaItem(string EntryKey, string Caption, ListEntryType Type);
