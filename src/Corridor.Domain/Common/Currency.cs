using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Corridor.Common;

/// <summary>
/// An ISO 4217 currency code with the number of minor units the standard assigns to it
/// (USD 2, IRR 0 in practice for trade documents, OMR 3). Only codes in the table are valid.
/// </summary>
public readonly record struct Currency
{
    // Minor units per ISO 4217. IRR is listed with 2 by ISO but no fractional rial circulates;
    // invoices are in whole rials, so 0 is used here (docs/decisions/003-money.md).
    private static readonly FrozenDictionary<string, int> MinorUnits = new Dictionary<string, int>
    {
        ["USD"] = 2, ["EUR"] = 2, ["RUB"] = 2, ["IRR"] = 0, ["BYN"] = 2, ["VES"] = 2, ["KZT"] = 2,
        ["AZN"] = 2, ["AMD"] = 2, ["TMT"] = 2, ["IQD"] = 3, ["OMR"] = 3, ["CNY"] = 2, ["INR"] = 2,
        ["TRY"] = 2, ["AED"] = 2, ["GBP"] = 2, ["CHF"] = 2, ["JPY"] = 0, ["KRW"] = 0, ["UZS"] = 2,
        ["GEL"] = 2, ["KGS"] = 2, ["TJS"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private Currency(string code, int minorUnits)
    {
        Code = code;
        Decimals = minorUnits;
    }

    /// <summary>The three upper-case letters.</summary>
    public string Code { get; }

    /// <summary>Digits after the decimal point that amounts in this currency are rounded to.</summary>
    public int Decimals { get; }

    public static Currency USD => Parse("USD");
    public static Currency EUR => Parse("EUR");
    public static Currency RUB => Parse("RUB");
    public static Currency IRR => Parse("IRR");

    public static bool TryParse([NotNullWhen(true)] string? code, out Currency currency)
    {
        currency = default;
        if (code is null)
        {
            return false;
        }

        var upper = code.Trim().ToUpperInvariant();
        if (!MinorUnits.TryGetValue(upper, out var minor))
        {
            return false;
        }

        currency = new Currency(upper, minor);
        return true;
    }

    /// <exception cref="FormatException">The code is not a known ISO 4217 code.</exception>
    public static Currency Parse(string code) =>
        TryParse(code, out var c) ? c : throw new FormatException($"'{code}' is not a known ISO 4217 currency code.");

    public static IEnumerable<string> KnownCodes => MinorUnits.Keys;

    public override string ToString() => Code ?? "";
}
