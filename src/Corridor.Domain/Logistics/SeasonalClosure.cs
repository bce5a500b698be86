using System.Globalization;

namespace Corridor.Logistics;

/// <summary>
/// A yearly closure window <c>MM-DD..MM-DD</c>, half-open: closed from the first day (inclusive) until the
/// second (exclusive). The window may wrap the year end (<c>12-15..03-15</c> is closed over the winter).
/// 29 February is not accepted as a bound.
/// </summary>
public readonly record struct SeasonalClosure
{
    private SeasonalClosure(int fromMonth, int fromDay, int untilMonth, int untilDay)
    {
        FromMonth = fromMonth;
        FromDay = fromDay;
        UntilMonth = untilMonth;
        UntilDay = untilDay;
    }

    public int FromMonth { get; }

    public int FromDay { get; }

    public int UntilMonth { get; }

    public int UntilDay { get; }

    private int FromKey => (FromMonth * 100) + FromDay;

    private int UntilKey => (UntilMonth * 100) + UntilDay;

    public static bool TryParse(string? text, out SeasonalClosure closure)
    {
        closure = default;
        var parts = (text ?? "").Split("..", StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryMonthDay(parts[0], out var fm, out var fd) || !TryMonthDay(parts[1], out var um, out var ud))
        {
            return false;
        }

        if (fm == um && fd == ud)
        {
            return false;
        }

        closure = new SeasonalClosure(fm, fd, um, ud);
        return true;
    }

    /// <exception cref="FormatException">Not <c>MM-DD..MM-DD</c> with two different valid days.</exception>
    public static SeasonalClosure Parse(string text) =>
        TryParse(text, out var c) ? c : throw new FormatException($"'{text}' is not a closure window MM-DD..MM-DD.");

    /// <summary>True when <paramref name="day"/> falls inside the window.</summary>
    public bool Contains(DateOnly day)
    {
        var key = (day.Month * 100) + day.Day;
        return FromKey < UntilKey ? key >= FromKey && key < UntilKey : key >= FromKey || key < UntilKey;
    }

    /// <summary>The closed intervals <c>[start, end)</c> that overlap the years <paramref name="firstYear"/>..<paramref name="lastYear"/>.</summary>
    public IEnumerable<(DateTime Start, DateTime End)> Intervals(int firstYear, int lastYear)
    {
        for (var y = firstYear - 1; y <= lastYear; y++)
        {
            var start = new DateTime(y, FromMonth, FromDay, 0, 0, 0, DateTimeKind.Utc);
            var endYear = FromKey < UntilKey ? y : y + 1;
            yield return (start, new DateTime(endYear, UntilMonth, UntilDay, 0, 0, 0, DateTimeKind.Utc));
        }
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{FromMonth:00}-{FromDay:00}..{UntilMonth:00}-{UntilDay:00}");

    private static bool TryMonthDay(string s, out int month, out int day)
    {
        month = day = 0;
        if (s.Length != 5 || s[2] != '-' || !int.TryParse(s.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out month)
            || !int.TryParse(s.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out day))
        {
            return false;
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2023, month);
    }
}
