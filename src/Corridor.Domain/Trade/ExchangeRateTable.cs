using Corridor.Common;

namespace Corridor.Trade;

/// <summary>
/// Dated exchange rates in memory, for conversions at a stated day. A pair's rate on a day is its latest row on or
/// before that day, no older than <see cref="MaxAgeDays"/>; the inverse pair is used when only that is given, and a
/// cross rate through <see cref="Pivot"/> (USD) when neither is. Results are rounded to the target currency's minor
/// units, half away from zero. A missing rate is an error naming the pair and the day, never zero.
/// </summary>
public sealed class ExchangeRateTable
{
    /// <summary>A rate older than this many days on the day asked is treated as missing.</summary>
    public const int MaxAgeDays = 370;

    public static readonly Currency Pivot = Currency.USD;

    private readonly Dictionary<(string, string), (DateOnly Day, decimal Rate)[]> _pairs;

    public ExchangeRateTable(IEnumerable<ExchangeRate> rates)
    {
        _pairs = rates.GroupBy(r => (r.Base, r.Quote))
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Day).Select(r => (r.Day, r.Rate)).ToArray());
    }

    public int Count => _pairs.Values.Sum(p => p.Length);

    /// <summary>Units of <paramref name="to"/> per one unit of <paramref name="from"/> on <paramref name="day"/>, unrounded.</summary>
    public Result<decimal> RateOn(Currency from, Currency to, DateOnly day)
    {
        if (from == to)
        {
            return Result<decimal>.Success(1m);
        }

        if (Direct(from, to, day) is { } rate)
        {
            return Result<decimal>.Success(rate);
        }

        if (from != Pivot && to != Pivot && Direct(from, Pivot, day) is { } a && Direct(Pivot, to, day) is { } b)
        {
            return Result<decimal>.Success(a * b);
        }

        return Result<decimal>.Failure($"exchange rate: no {from.Code}/{to.Code} rate on {day:yyyy-MM-dd} (none on or up to {MaxAgeDays} days before that day, directly or through {Pivot.Code})");
    }

    /// <summary>Converts at the rate of <paramref name="day"/>, rounded to the target's minor units.</summary>
    public Result<Money> Convert(Money amount, Currency to, DateOnly day)
    {
        var rate = RateOn(amount.Currency, to, day);
        return rate.Succeeded
            ? Result<Money>.Success(new Money(amount.Amount * rate.Value, to).Round())
            : Result<Money>.Failure(rate.Errors);
    }

    private decimal? Direct(Currency from, Currency to, DateOnly day)
    {
        if (Find(from.Code, to.Code, day) is { } direct)
        {
            return direct;
        }

        return Find(to.Code, from.Code, day) is { } inverse ? 1m / inverse : null;
    }

    private decimal? Find(string b, string q, DateOnly day)
    {
        if (!_pairs.TryGetValue((b, q), out var rows))
        {
            return null;
        }

        // Rows are sorted by day: binary search for the last row on or before the day.
        int lo = 0, hi = rows.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (rows[mid].Day <= day)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && day.DayNumber - rows[found].Day.DayNumber <= MaxAgeDays ? rows[found].Rate : null;
    }
}
