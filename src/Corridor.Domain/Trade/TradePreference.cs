using Corridor.Common;

namespace Corridor.Trade;

/// <summary>
/// A preferential trade regime (e.g. the EAEU–Iran free trade agreement): goods originating in
/// <see cref="OriginCountries"/> (space-separated ISO codes) imported into a market of <see cref="CustomsUnion"/> within
/// the half-open period <c>[ValidFrom, ValidUntil)</c> take the duty rules whose regime is <see cref="Code"/>, where such
/// rules exist; otherwise the MFN rule applies. Shared reference data.
/// </summary>
public sealed class TradePreference
{
    private TradePreference()
    {
        Code = Name = OriginCountries = CustomsUnion = Source = "";
    }

    public TradePreference(string code, string name, IEnumerable<CountryCode> origins, string customsUnion, DateRange period, string source, string? assumption)
    {
        Code = Guard.Code(code, "code");
        Name = Guard.Text(name, "name", 300);
        OriginCountries = string.Join(' ', origins.Select(o => o.Value).Distinct());
        if (OriginCountries.Length == 0)
        {
            throw new ArgumentException("at least one origin country is required.", nameof(origins));
        }

        CustomsUnion = Guard.Code(customsUnion, "customs union");
        ValidFrom = period.From;
        ValidUntil = period.Until;
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string OriginCountries { get; private set; }

    public string CustomsUnion { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidUntil { get; private set; }

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    public bool Applies(string origin, string? marketUnion, DateOnly day) =>
        marketUnion is not null && string.Equals(CustomsUnion, marketUnion, StringComparison.OrdinalIgnoreCase)
        && OriginCountries.Split(' ').Contains(origin, StringComparer.OrdinalIgnoreCase)
        && new DateRange(ValidFrom, ValidUntil).Contains(day);

    public bool Update(TradePreference o)
    {
        var changed = (Name, OriginCountries, CustomsUnion, ValidFrom, ValidUntil, Source, Assumption) != (o.Name, o.OriginCountries, o.CustomsUnion, o.ValidFrom, o.ValidUntil, o.Source, o.Assumption);
        (Name, OriginCountries, CustomsUnion, ValidFrom, ValidUntil, Source, Assumption) = (o.Name, o.OriginCountries, o.CustomsUnion, o.ValidFrom, o.ValidUntil, o.Source, o.Assumption);
        return changed;
    }
}
