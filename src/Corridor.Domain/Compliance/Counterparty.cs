using Corridor.Common;

namespace Corridor.Compliance;

/// <summary>
/// A party the exporter deals with (buyer, consignee, carrier, bank), screened against the sanctions lists on creation,
/// on every change and when a list changes. Names may be given in several scripts. <see cref="Version"/> increases on
/// every change, which reopens decisions taken on the previous version.
/// </summary>
public sealed class Counterparty : IOrganisationOwned
{
    private Counterparty()
    {
        Name = OtherNames = Identifiers = "";
    }

    public Counterparty(string name, IEnumerable<string> otherNames, ListEntryType type, CountryCode? country, string? birthDate, IEnumerable<EntryIdentifier> identifiers, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        Name = Guard.Text(name, "name", 300);
        OtherNames = "";
        Identifiers = "";
        CreatedAt = at;
        Set(otherNames, type, country, birthDate, identifiers);
        Version = 1;
        UpdatedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; }

    /// <summary>Further names (other scripts, former names), one per line.</summary>
    public string OtherNames { get; private set; }

    public ListEntryType Type { get; private set; }

    /// <summary>ISO 3166-1 alpha-2, or null.</summary>
    public string? Country { get; private set; }

    /// <summary>ISO 8601, as precise as known (1971, 1971-05, 1971-05-03), for persons.</summary>
    public string? BirthDate { get; private set; }

    /// <summary>type:value pairs separated by ';' (e.g. inn:7701234567;ogrn:1027700000000).</summary>
    public string Identifiers { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<string> AllNames => [Name, .. OtherNames.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public IReadOnlyList<EntryIdentifier> IdentifierList =>
        Identifiers.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(':', 2))
            .Where(p => p.Length == 2)
            .Select(p => new EntryIdentifier(p[0], p[1]))
            .ToArray();

    public ScreeningQuery ToQuery() => new(AllNames, Type, Country, BirthDate, IdentifierList);

    /// <summary>Changes the screened fields; returns whether anything changed (then the version increases).</summary>
    public bool Change(string name, IEnumerable<string> otherNames, ListEntryType type, CountryCode? country, string? birthDate, IEnumerable<EntryIdentifier> identifiers, DateTimeOffset at)
    {
        var before = (Name, OtherNames, Type, Country, BirthDate, Identifiers);
        Name = Guard.Text(name, "name", 300);
        Set(otherNames, type, country, birthDate, identifiers);
        if (before == (Name, OtherNames, Type, Country, BirthDate, Identifiers))
        {
            return false;
        }

        Version++;
        UpdatedAt = at;
        return true;
    }

    private void Set(IEnumerable<string> otherNames, ListEntryType type, CountryCode? country, string? birthDate, IEnumerable<EntryIdentifier> identifiers)
    {
        OtherNames = string.Join('\n', otherNames.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct());
        if (OtherNames.Length > 2000)
        {
            throw new ArgumentException("other names are longer than 2000 characters.", nameof(otherNames));
        }

        Type = type;
        Country = country?.Value;
        BirthDate = string.IsNullOrWhiteSpace(birthDate) ? null
            : birthDate.Trim() is { Length: 4 or 7 or 10 } d && char.IsAsciiDigit(d[0]) ? d
            : throw new ArgumentException($"birth date '{birthDate}' is not YYYY, YYYY-MM or YYYY-MM-DD.", nameof(birthDate));
        Identifiers = string.Join(';', identifiers.Where(i => i.Value.Length > 0).Select(i => $"{i.Type}:{i.Value}").Distinct());
    }
}
