using Corridor.Common;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary>
/// Dated exchange rates (shared reference data) for the API and the rates page: the list, and entering a rate for a
/// pair and day — a new row, or the rate, source and assumption of the stored row of that pair and day replaced, as the
/// import of exchange-rates.csv does. Every refusal names its field (<c>base</c>, <c>quote</c>, <c>day</c>, <c>rate</c>,
/// <c>source</c>, <c>assumption</c>); nothing is written unless all hold.
/// </summary>
public sealed class ExchangeRateService(CorridorDbContext db)
{
    /// <summary>Largest rate the column holds (precision 28, scale 12).</summary>
    public const decimal MaxRate = 9_999_999_999_999_999m;

    public const int MaxDecimals = 12;

    public async Task<IReadOnlyList<ExchangeRate>> ListAsync(string? currency, CancellationToken ct = default)
    {
        var q = db.Set<ExchangeRate>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(currency))
        {
            var c = currency.Trim().ToUpperInvariant();
            q = q.Where(r => r.Base == c || r.Quote == c);
        }

        return await q.OrderBy(r => r.Base).ThenBy(r => r.Quote).ThenBy(r => r.Day).ToListAsync(ct);
    }

    public async Task<Result<RateWrite>> SaveAsync(string? @base, string? quote, DateOnly day, decimal rate, string? source, string? assumption, CancellationToken ct = default)
    {
        var errors = new List<string>();
        if (!Currency.TryParse(@base?.Trim().ToUpperInvariant(), out var b))
        {
            errors.Add($"base: '{@base}' is not a known ISO 4217 currency code");
        }

        if (!Currency.TryParse(quote?.Trim().ToUpperInvariant(), out var q))
        {
            errors.Add($"quote: '{quote}' is not a known ISO 4217 currency code");
        }
        else if (errors.Count == 0 && b == q)
        {
            errors.Add($"quote: base and quote are both {b.Code}");
        }

        if (day.Year is < 1900 or > 2199)
        {
            errors.Add($"day: {day:yyyy-MM-dd} is outside 1900–2199");
        }

        if (rate <= 0)
        {
            errors.Add($"rate: must be positive (was {rate})");
        }
        else if (rate > MaxRate || decimal.Round(rate, MaxDecimals) != rate)
        {
            errors.Add($"rate: at most {MaxRate:N0} with at most {MaxDecimals} decimals");
        }

        var src = source?.Trim() ?? "";
        var why = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
        if (src.Length == 0)
        {
            errors.Add("source: say where the rate comes from (a central bank's publication, a link), or 'assumption'");
        }
        else if (src.Length > 500)
        {
            errors.Add("source: at most 500 characters");
        }
        else if (src == "assumption" && why is null)
        {
            errors.Add("assumption: is required when the source is 'assumption'");
        }

        if (why is { Length: > 1000 })
        {
            errors.Add("assumption: at most 1000 characters");
        }

        if (errors.Count > 0)
        {
            return Result<RateWrite>.Failure(errors);
        }

        var incoming = new ExchangeRate(b, q, day, rate, src, why);
        var stored = await db.Set<ExchangeRate>().SingleOrDefaultAsync(r => r.Base == incoming.Base && r.Quote == incoming.Quote && r.Day == day, ct);
        if (stored is not null)
        {
            stored.Update(incoming);
        }
        else
        {
            db.Add(incoming);
        }

        await db.SaveChangesAsync(ct);
        return Result<RateWrite>.Success(new RateWrite(stored ?? incoming, stored is null));
    }
}
