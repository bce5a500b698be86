using System.Globalization;

namespace Corridor.Common;

/// <summary>
/// An amount of money: a <see cref="decimal"/> and its ISO 4217 <see cref="Currency"/>. Never floating point.
/// Arithmetic keeps full precision; <see cref="Round"/> rounds to the currency's minor units,
/// half away from zero (commercial rounding), which is the rule used on every document.
/// </summary>
public readonly record struct Money(decimal Amount, Currency Currency)
{
    public static Money Zero(Currency currency) => new(0m, currency);

    public static Money Of(decimal amount, string currency) => new(amount, Currency.Parse(currency));

    public Money Round() => new(decimal.Round(Amount, Currency.Decimals, MidpointRounding.AwayFromZero), Currency);

    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount, Same(a, b));

    /// <exception cref="InvalidOperationException">The currencies differ.</exception>
    public static Money operator -(Money a, Money b) => new(a.Amount - b.Amount, Same(a, b));

    public static Money operator *(Money a, decimal factor) => new(a.Amount * factor, a.Currency);

    public static Money operator *(decimal factor, Money a) => a * factor;

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    public Money Multiply(decimal factor) => this * factor;

    /// <summary>Converts at <paramref name="rate"/> units of <paramref name="target"/> per one unit of this currency, rounded to the target's minor units.</summary>
    public Money ConvertTo(Currency target, decimal rate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        return new Money(Amount * rate, target).Round();
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Amount.ToString("N" + Currency.Decimals, CultureInfo.InvariantCulture)} {Currency.Code}");

    private static Currency Same(Money a, Money b) =>
        a.Currency == b.Currency
            ? a.Currency
            : throw new InvalidOperationException($"Cannot combine {a.Currency} and {b.Currency} without an exchange rate.");
}
