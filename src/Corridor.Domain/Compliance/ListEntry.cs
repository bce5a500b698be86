namespace Corridor.Compliance;

/// <summary>
/// One entry of a sanctions list as the importers read it: the source's own id, what it designates, its names and
/// aliases, programmes, identifiers, countries (ISO 3166-1 alpha-2 where the source's country could be read, otherwise
/// the source's text), addresses and dates of birth (ISO 8601, as precise as published: "1971", "1971-05" or
/// "1971-05-03").
/// </summary>
public sealed record ListEntry(
    string Source,
    string EntryId,
    ListEntryType Type,
    IReadOnlyList<ListName> Names,
    IReadOnlyList<string> Programmes,
    IReadOnlyList<EntryIdentifier> Identifiers,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Addresses,
    IReadOnlyList<string> BirthDates,
    string? Remarks = null)
{
    /// <summary>The first primary name (or the first name) — how the entry is shown.</summary>
    public string Caption => (Names.FirstOrDefault(n => n.Primary) ?? Names.FirstOrDefault())?.Text ?? EntryId;

    /// <summary>The key of the entry across snapshots of its source.</summary>
    public string Key => $"{Source}:{EntryId}";
}
