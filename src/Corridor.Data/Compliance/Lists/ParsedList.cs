namespace Corridor.Compliance.Lists;

/// <summary>
/// A list file (or file set) read in full: its entries, the publication date if the file carries one, and the SHA-256
/// of its bytes (hex, lower case) that identifies the snapshot.
/// </summary>
public sealed record ParsedList(string Source, IReadOnlyList<ListEntry> Entries, DateOnly? PublishedOn, string ContentHash, IReadOnlyList<string> Files);
