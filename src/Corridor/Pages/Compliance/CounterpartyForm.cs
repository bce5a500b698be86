using Corridor.Compliance;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Corridor.Pages.Compliance;

/// <summary>
/// The counterparty form as a person fills it in: other names and identifiers one per line. It becomes the same
/// <see cref="CounterpartyInput"/> that POST and PUT /api/compliance/counterparties take.
/// </summary>
public sealed class CounterpartyForm
{
    public static readonly IReadOnlySet<string> Fields = new HashSet<string> { "name", "otherNames", "type", "country", "birthDate", "identifiers" };

    public static IReadOnlyList<SelectListItem> Types { get; } =
    [
        new("Not known", ""), new("Organisation (company, bank, authority)", "organisation"), new("Person", "person"),
        new("Vessel", "vessel"), new("Aircraft", "aircraft"),
    ];

    public string? Name { get; set; }

    public string? OtherNames { get; set; }

    public string? Type { get; set; }

    public string? Country { get; set; }

    public string? BirthDate { get; set; }

    public string? Identifiers { get; set; }

    public static CounterpartyForm Of(Counterparty c) => new()
    {
        Name = c.Name,
        OtherNames = string.Join('\n', c.AllNames.Skip(1)),
        Type = c.Type == ListEntryType.Unknown ? "" : c.Type.ToString().ToLowerInvariant(),
        Country = c.Country,
        BirthDate = c.BirthDate,
        Identifiers = string.Join('\n', c.IdentifierList.Select(i => i.ToString())),
    };

    public CounterpartyInput ToInput() =>
        new(Name ?? "", Lines(OtherNames), string.IsNullOrWhiteSpace(Type) ? null : Type.Trim(), string.IsNullOrWhiteSpace(Country) ? null : Country.Trim().ToUpperInvariant(),
            string.IsNullOrWhiteSpace(BirthDate) ? null : BirthDate.Trim(), Lines(Identifiers));

    private static string[] Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
