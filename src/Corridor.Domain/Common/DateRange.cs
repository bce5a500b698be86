namespace Corridor.Common;

/// <summary>
/// A half-open range of calendar days <c>[From, Until)</c>: <see cref="From"/> is the first day inside,
/// <see cref="Until"/> the first day after. A null <see cref="Until"/> means open-ended.
/// </summary>
public readonly record struct DateRange
{
    /// <exception cref="ArgumentException"><paramref name="until"/> is not after <paramref name="from"/>.</exception>
    public DateRange(DateOnly from, DateOnly? until)
    {
        if (until is { } u && u <= from)
        {
            throw new ArgumentException($"A period must end after it starts: {from:yyyy-MM-dd} .. {u:yyyy-MM-dd}.", nameof(until));
        }

        From = from;
        Until = until;
    }

    public DateOnly From { get; }

    public DateOnly? Until { get; }

    public bool Contains(DateOnly day) => day >= From && (Until is null || day < Until.Value);

    public bool Overlaps(DateRange other) =>
        (Until is null || other.From < Until.Value) && (other.Until is null || From < other.Until.Value);

    public override string ToString() => $"[{From:yyyy-MM-dd}, {(Until is { } u ? u.ToString("yyyy-MM-dd") : "…")})";
}
