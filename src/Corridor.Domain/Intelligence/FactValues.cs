using Corridor.Common;

namespace Corridor.Intelligence;

/// <summary>
/// What a reviewer accepts: subject, metric, value, unit and period (half-open <c>[From, Until)</c>, either end may be
/// unknown). <see cref="StatementId"/> is the fact's identity: the same values from two sources are one fact.
/// </summary>
public sealed record FactValues
{
    /// <exception cref="ArgumentException">A field is missing or too long, or the period ends before it starts.</exception>
    public FactValues(string subject, string metric, decimal value, string unit, DateOnly? from, DateOnly? until)
    {
        if (from is { } f && until is { } u && u <= f)
        {
            throw new ArgumentException($"period until {u:yyyy-MM-dd} is not after period from {f:yyyy-MM-dd}.", nameof(until));
        }

        Subject = Guard.Text(subject, "subject", 100);
        Metric = Guard.Text(metric, "metric", 100).ToLowerInvariant();
        Value = value;
        Unit = Guard.Text(unit, "unit", 60);
        From = from;
        Until = until;
    }

    public string Subject { get; }

    public string Metric { get; }

    public decimal Value { get; }

    public string Unit { get; }

    public DateOnly? From { get; }

    public DateOnly? Until { get; }

    /// <summary>The statement id of these values (see <see cref="StatementId.Of"/>).</summary>
    public string Id => StatementId.Of(Subject, Metric, From, Until, Value, Unit);

    /// <summary>The key of the statement these values are a value of: subject, metric and period, without the value.</summary>
    public string ConflictKey => StatementId.ConflictKeyOf(Subject, Metric, From, Until);
}
