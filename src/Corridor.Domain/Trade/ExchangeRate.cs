using Corridor.Common;

namespace Corridor.Trade;

/// <summary>
/// A dated exchange rate, shared reference data: one unit of <see cref="Base"/> buys <see cref="Rate"/> units of
/// <see cref="Quote"/> from <see cref="Day"/> until the next row of the same pair (at most
/// <see cref="ExchangeRateTable.MaxAgeDays"/> days). Rate is a positive decimal, never floating point.
/// </summary>
public sealed class ExchangeRate
{
    private ExchangeRate()
    {
        Base = Quote = Source = "";
    }

    /// <exception cref="ArgumentException">Same currency on both sides or a rate that is not positive.</exception>
    public ExchangeRate(Currency @base, Currency quote, DateOnly day, decimal rate, string source, string? assumption)
    {
        if (@base == quote)
        {
            throw new ArgumentException($"base and quote are both {@base}.", nameof(quote));
        }

        if (rate <= 0)
        {
            throw new ArgumentException($"rate must be positive (was {rate}).", nameof(rate));
        }

        Base = @base.Code;
        Quote = quote.Code;
        Day = day;
        Rate = rate;
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    public long Id { get; private set; }

    public string Base { get; private set; }

    public string Quote { get; private set; }

    public DateOnly Day { get; private set; }

    /// <summary>Units of <see cref="Quote"/> per one unit of <see cref="Base"/>.</summary>
    public decimal Rate { get; private set; }

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    public string Key => $"{Base}/{Quote}@{Day:yyyy-MM-dd}";

    public bool Update(ExchangeRate incoming)
    {
        var changed = Rate != incoming.Rate || Source != incoming.Source || Assumption != incoming.Assumption;
        Rate = incoming.Rate;
        Source = incoming.Source;
        Assumption = incoming.Assumption;
        return changed;
    }
}
