using Corridor.Common;

namespace Corridor.Trade;

/// <summary>What a landed-cost rule charges.</summary>
public enum ChargeKind
{
    /// <summary>Customs duty: <see cref="LandedCostRule.Percent"/> of the customs value (price + freight + insurance).</summary>
    Duty,

    /// <summary>Import VAT: percent of customs value plus duty.</summary>
    Vat,

    /// <summary>A fixed amount per unit (recycling/utilisation fee, customs clearance fee).</summary>
    Fee,

    /// <summary>Cargo insurance: percent of 110 % of price plus freight (the ICC minimum cover).</summary>
    Insurance,
}

/// <summary>
/// A dated rule of a destination market that adds to the landed cost, shared reference data. It applies to goods whose
/// HS code starts with <see cref="HsPrefix"/> (empty = all), whose engine size is in
/// <c>[EngineCcMin, EngineCcMax)</c> when given (parts have none and match only rules without a range), within the
/// half-open period <c>[ValidFrom, ValidUntil)</c>, under <see cref="Regime"/>: <c>MFN</c> for the general rate or the
/// code of a <see cref="TradePreference"/> for a preferential one. Percentages are percent (20 = 20 %).
/// </summary>
public sealed class LandedCostRule
{
    public const string Mfn = "MFN";

    private LandedCostRule()
    {
        Code = Market = Regime = HsPrefix = Title = Source = "";
    }

    /// <exception cref="ArgumentException">A field is invalid (named in the message).</exception>
    public LandedCostRule(string code, CountryCode market, ChargeKind kind, string regime, string? hsPrefix, int? engineCcMin, int? engineCcMax,
        decimal? percent, Money? amount, DateRange period, string title, string source, string? assumption)
    {
        Code = Guard.Code(code, "code", 60);
        Market = market.Value;
        Kind = kind;
        Regime = Guard.Code(regime, "regime");
        HsPrefix = (hsPrefix ?? "").Replace(".", "", StringComparison.Ordinal).Trim();
        if (HsPrefix.Any(c => !char.IsAsciiDigit(c)) || HsPrefix.Length > 10)
        {
            throw new ArgumentException($"hs prefix '{hsPrefix}' is not up to 10 digits.", nameof(hsPrefix));
        }

        if (engineCcMin is { } lo && engineCcMax is { } hi && hi <= lo)
        {
            throw new ArgumentException($"engine cc range [{lo}, {hi}) is empty.", nameof(engineCcMax));
        }

        EngineCcMin = engineCcMin;
        EngineCcMax = engineCcMax;
        if (kind == ChargeKind.Fee)
        {
            if (amount is not { } a || a.Amount < 0 || percent is not null)
            {
                throw new ArgumentException("a fee needs an amount and currency, and no percent.", nameof(amount));
            }

            Amount = a.Amount;
            Currency = a.Currency.Code;
        }
        else
        {
            if (percent is not { } p || p < 0 || p > 1000 || amount is not null)
            {
                throw new ArgumentException($"a {kind.ToString().ToLowerInvariant()} rule needs a percent between 0 and 1000, and no amount.", nameof(percent));
            }

            Percent = p;
        }

        ValidFrom = period.From;
        ValidUntil = period.Until;
        Title = Guard.Text(title, "title", 300);
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    public string Code { get; private set; }

    public string Market { get; private set; }

    public ChargeKind Kind { get; private set; }

    public string Regime { get; private set; }

    public string HsPrefix { get; private set; }

    public int? EngineCcMin { get; private set; }

    public int? EngineCcMax { get; private set; }

    public decimal? Percent { get; private set; }

    public decimal? Amount { get; private set; }

    public string? Currency { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    public DateOnly? ValidUntil { get; private set; }

    public string Title { get; private set; }

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    public DateRange Period => new(ValidFrom, ValidUntil);

    public Money? Fixed => Amount is { } a && Currency is { } c ? new Money(a, Common.Currency.Parse(c)) : null;

    /// <summary>Whether the rule applies to goods of <paramref name="hs"/> (digits) and <paramref name="engineCc"/> on <paramref name="day"/>.</summary>
    public bool AppliesTo(string market, string hs, int? engineCc, DateOnly day) =>
        string.Equals(Market, market, StringComparison.OrdinalIgnoreCase)
        && Period.Contains(day)
        && hs.StartsWith(HsPrefix, StringComparison.Ordinal)
        && (EngineCcMin is null && EngineCcMax is null
            || engineCc is { } cc && (EngineCcMin is null || cc >= EngineCcMin) && (EngineCcMax is null || cc < EngineCcMax));

    public bool Update(LandedCostRule o)
    {
        var changed = (Market, Kind, Regime, HsPrefix, EngineCcMin, EngineCcMax, Percent, Amount, Currency, ValidFrom, ValidUntil, Title, Source, Assumption)
            != (o.Market, o.Kind, o.Regime, o.HsPrefix, o.EngineCcMin, o.EngineCcMax, o.Percent, o.Amount, o.Currency, o.ValidFrom, o.ValidUntil, o.Title, o.Source, o.Assumption);
        (Market, Kind, Regime, HsPrefix, EngineCcMin, EngineCcMax, Percent, Amount, Currency, ValidFrom, ValidUntil, Title, Source, Assumption)
            = (o.Market, o.Kind, o.Regime, o.HsPrefix, o.EngineCcMin, o.EngineCcMax, o.Percent, o.Amount, o.Currency, o.ValidFrom, o.ValidUntil, o.Title, o.Source, o.Assumption);
        return changed;
    }
}
