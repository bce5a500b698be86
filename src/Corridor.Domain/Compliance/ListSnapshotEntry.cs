using Corridor.Common;

namespace Corridor.Compliance;

/// <summary>
/// A list entry as stored in a snapshot: its key across snapshots, type, caption, the entry itself as JSON
/// (<see cref="Payload"/>) and a hash of that JSON, which tells whether an entry changed between two snapshots.
/// </summary>
public sealed class ListSnapshotEntry
{
    private ListSnapshotEntry()
    {
        EntryKey = Caption = Hash = Payload = "";
    }

    public ListSnapshotEntry(Guid snapshotId, string entryKey, ListEntryType type, string caption, string hash, string payload)
    {
        Id = Guid.CreateVersion7();
        SnapshotId = snapshotId;
        EntryKey = Guard.Text(entryKey, "entry key", 300);
        Type = type;
        Caption = caption.Length > 400 ? caption[..400] : caption;
        Hash = hash;
        Payload = payload;
    }

    public Guid Id { get; private set; }

    public Guid SnapshotId { get; private set; }

    /// <summary>source:entry id, stable across snapshots of the source.</summary>
    public string EntryKey { get; private set; }

    public ListEntryType Type { get; private set; }

    public string Caption { get; private set; }

    /// <summary>SHA-256 (first 32 hex digits) of <see cref="Payload"/>.</summary>
    public string Hash { get; private set; }

    /// <summary>The <see cref="ListEntry"/> as JSON.</summary>
    public string Payload { get; private set; }
}
