using Corridor.Common;

namespace Corridor.Catalog;

/// <summary>A vehicle or parts manufacturer in an organisation's catalogue. <see cref="Code"/> is the natural key within the organisation.</summary>
public sealed class Maker : IOrganisationOwned
{
    private Maker()
    {
        Code = Name = Country = Source = "";
    }

    public Maker(string code, string name, CountryCode country, string source, string? assumption = null)
    {
        Id = Guid.CreateVersion7();
        Code = Guard.Code(code, "code");
        Name = Guard.Text(name, "name");
        Country = country.Value;
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Country { get; private set; }

    /// <summary>Where the record comes from: an article, a URL or the word <c>assumption</c>.</summary>
    public string Source { get; private set; }

    /// <summary>What in this record is assumed rather than sourced, or null.</summary>
    public string? Assumption { get; private set; }

    /// <summary>Copies every field but the key from <paramref name="other"/>; returns whether anything changed.</summary>
    public bool UpdateFrom(Maker other)
    {
        var changed = Name != other.Name || Country != other.Country || Source != other.Source || Assumption != other.Assumption;
        (Name, Country, Source, Assumption) = (other.Name, other.Country, other.Source, other.Assumption);
        return changed;
    }
}
