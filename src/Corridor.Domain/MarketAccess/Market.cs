using Corridor.Common;

namespace Corridor.MarketAccess;

/// <summary>A destination market (a country), shared reference data visible to every organisation.</summary>
public sealed class Market
{
    private Market()
    {
        Iso2 = Name = CurrencyCode = Source = "";
    }

    public Market(CountryCode iso2, string name, Currency currency, string? customsUnion, string source, string? assumption = null)
    {
        Iso2 = iso2.Value;
        Name = Guard.Text(name, "name");
        CurrencyCode = currency.Code;
        CustomsUnion = string.IsNullOrWhiteSpace(customsUnion) ? null : Guard.Code(customsUnion, "customs_union");
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    /// <summary>ISO 3166-1 alpha-2; the key.</summary>
    public string Iso2 { get; private set; }

    public string Name { get; private set; }

    public string CurrencyCode { get; private set; }

    /// <summary>e.g. <c>EAEU</c>; null when the market is in no customs union.</summary>
    public string? CustomsUnion { get; private set; }

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    public bool UpdateFrom(Market o)
    {
        var changed = Name != o.Name || CurrencyCode != o.CurrencyCode || CustomsUnion != o.CustomsUnion || Source != o.Source || Assumption != o.Assumption;
        (Name, CurrencyCode, CustomsUnion, Source, Assumption) = (o.Name, o.CurrencyCode, o.CustomsUnion, o.Source, o.Assumption);
        return changed;
    }
}
