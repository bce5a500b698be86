using Corridor.Common;

namespace Corridor.Compliance;

/// <summary>
/// One import of one list source: shared reference data (not organisation-owned). Identified by the SHA-256 of the
/// file(s); records the publication date if the file carries one, who imported it and when, and the delta against the
/// snapshot it replaced. Exactly one snapshot per source is active; a failed import never creates one, so the previous
/// snapshot stays active.
/// </summary>
public sealed class ListSnapshot
{
    private ListSnapshot()
    {
        Source = ContentHash = ImportedBy = "";
    }

    public ListSnapshot(string source, DateOnly? publishedOn, string contentHash, DateTimeOffset importedAt, string importedBy, int entryCount, Guid? previousSnapshotId)
    {
        Id = Guid.CreateVersion7();
        Source = Guard.Text(source, "source", 40);
        PublishedOn = publishedOn;
        ContentHash = Guard.Text(contentHash, "content hash", 64);
        ImportedAt = importedAt;
        ImportedBy = Guard.Text(importedBy, "imported by");
        EntryCount = entryCount;
        PreviousSnapshotId = previousSnapshotId;
        IsActive = true;
    }

    public Guid Id { get; private set; }

    /// <summary>The list format/source name (ofac-sdn, un, …).</summary>
    public string Source { get; private set; }

    public DateOnly? PublishedOn { get; private set; }

    /// <summary>SHA-256 of the imported file(s), lower-case hex.</summary>
    public string ContentHash { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public string ImportedBy { get; private set; }

    public int EntryCount { get; private set; }

    public Guid? PreviousSnapshotId { get; private set; }

    public bool IsActive { get; private set; }

    public int AddedCount { get; private set; }

    public int RemovedCount { get; private set; }

    public int ChangedCount { get; private set; }

    /// <summary>A short label for audit records: source@first twelve hex digits of the hash.</summary>
    public string Label => $"{Source}@{ContentHash[..Math.Min(12, ContentHash.Length)]}";

    public void RecordDelta(int added, int removed, int changed) => (AddedCount, RemovedCount, ChangedCount) = (added, removed, changed);

    /// <summary>A newer snapshot of the same source became active.</summary>
    public void Supersede() => IsActive = false;
}
