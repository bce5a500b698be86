namespace Corridor.Compliance;

/// <summary>
/// What is screened: one or more names of the same party (e.g. a Latin and a Persian spelling) and, where known, its
/// type, country (ISO 3166-1 alpha-2), date of birth (ISO 8601, partial allowed) and identifiers.
/// </summary>
public sealed record ScreeningQuery(
    IReadOnlyList<string> Names,
    ListEntryType Type = ListEntryType.Unknown,
    string? Country = null,
    string? BirthDate = null,
    IReadOnlyList<EntryIdentifier>? Identifiers = null)
{
    public static ScreeningQuery ForName(string name, ListEntryType type = ListEntryType.Unknown) => new([name], type);

    /// <summary>A readable form of the query for audit records.</summary>
    public override string ToString()
    {
        var parts = new List<string> { string.Join(" | ", Names) };
        if (Type != ListEntryType.Unknown)
        {
            parts.Add($"type={Type}");
        }

        if (Country is not null)
        {
            parts.Add($"country={Country}");
        }

        if (BirthDate is not null)
        {
            parts.Add($"dob={BirthDate}");
        }

        if (Identifiers is { Count: > 0 })
        {
            parts.Add("ids=" + string.Join(",", Identifiers));
        }

        return string.Join("; ", parts);
    }
}
