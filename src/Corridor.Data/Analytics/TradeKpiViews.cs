namespace Corridor.Analytics;

/// <summary>
/// One agreement's burn-down as the dashboard shows it: the value ceiling (null when the agreement has none) and what
/// the committing orders (confirmed, in transit, delivered) ordered before the end of the range took from it, in the
/// ceiling's currency (each order converted at its order day by Trade when it was confirmed). <see cref="Points"/> is
/// the cumulative burn-down by order day.
/// </summary>
public sealed record AgreementBurnDown(string Code, string Title, string Seller, string Status, DateOnly From, DateOnly? Until, string Currency,
    decimal? Ceiling, decimal Committed, decimal Delivered, long Orders, IReadOnlyList<BurnDownPoint> Points)
{
    public decimal? Remaining => Ceiling is { } c ? c - Committed : null;

    public double? CommittedShare => Ceiling is { } c && c > 0 ? (double)(Committed / c) : null;

    public double? DeliveredShare => Ceiling is { } c && c > 0 ? (double)(Delivered / c) : null;
}

/// <summary>Cumulative committed and delivered value of an agreement after the orders of <see cref="Day"/> (ceiling currency).</summary>
public sealed record BurnDownPoint(DateOnly Day, decimal Committed, decimal Delivered);

/// <summary>
/// Receivables in one currency and order state: the invoice value (Σ quantity × unit price of the order lines, in the
/// order's currency) of the orders dispatched (in transit) or delivered. Trade records no payments, so nothing is
/// deducted: this is the gross amount billed, not an outstanding balance.
/// </summary>
public sealed record Receivable(string Currency, string Status, long Orders, decimal Amount, DateOnly FirstOrderDay, DateOnly LastOrderDay);

/// <summary>An order behind a burn-down or receivables figure.</summary>
public sealed record OrderRecord(string Number, string? Agreement, string Market, DateOnly OrderDate, DateOnly RequestedDate, string Status, string Currency,
    decimal Amount, int Units, decimal? CommittedCeilingValue, string? CeilingCurrency);

/// <summary>Which orders a drill-down lists: those of an agreement, or the receivables of a currency and state (both optional).</summary>
public sealed record OrderSelection(string? Agreement = null, string? Currency = null, string? Status = null, bool ReceivablesOnly = false);
