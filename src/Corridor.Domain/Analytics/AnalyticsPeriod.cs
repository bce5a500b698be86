using System.Globalization;

namespace Corridor.Analytics;

/// <summary>
/// Period keys as integers, so that grouping is integer arithmetic in SQL on every provider: a month is yyyymm
/// (202303), a quarter yyyyq (20231), a year yyyy. Periods are half-open like every range in Corridor.
/// </summary>
public static class AnalyticsPeriod
{
    public static int MonthKey(DateOnly date) => (date.Year * 100) + date.Month;

    public static DateOnly MonthStart(int monthKey) => new(monthKey / 100, monthKey % 100, 1);

    /// <summary>The period key of a month key at <paramref name="granularity"/>.</summary>
    public static int Of(int monthKey, Granularity granularity) => granularity switch
    {
        Granularity.Month => monthKey,
        Granularity.Quarter => ((monthKey / 100) * 10) + (((monthKey % 100) + 2) / 3),
        _ => monthKey / 100,
    };

    /// <summary>First day of the period.</summary>
    public static DateOnly Start(int key, Granularity granularity) => granularity switch
    {
        Granularity.Month => MonthStart(key),
        Granularity.Quarter => new DateOnly(key / 10, (((key % 10) - 1) * 3) + 1, 1),
        _ => new DateOnly(key, 1, 1),
    };

    /// <summary>First day after the period.</summary>
    public static DateOnly End(int key, Granularity granularity) => granularity switch
    {
        Granularity.Month => Start(key, granularity).AddMonths(1),
        Granularity.Quarter => Start(key, granularity).AddMonths(3),
        _ => Start(key, granularity).AddYears(1),
    };

    /// <summary>The same period one year earlier.</summary>
    public static int YearBefore(int key, Granularity granularity) => granularity switch
    {
        Granularity.Month => key - 100,
        Granularity.Quarter => key - 10,
        _ => key - 1,
    };

    /// <summary>The period just before.</summary>
    public static int Previous(int key, Granularity granularity) => Of(MonthKey(Start(key, granularity).AddDays(-1)), granularity);

    public static string Label(int key, Granularity granularity) => granularity switch
    {
        Granularity.Month => MonthStart(key).ToString("yyyy-MM", CultureInfo.InvariantCulture),
        Granularity.Quarter => $"{key / 10}-Q{key % 10}",
        _ => key.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Parses 2023, 2023-Q1 or 2023-03 into a half-open date range and its granularity.</summary>
    public static bool TryParse(string text, out DateOnly from, out DateOnly until, out Granularity granularity)
    {
        from = until = default;
        granularity = Granularity.Year;
        text = text.Trim();
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and < 3000)
        {
            from = new DateOnly(y, 1, 1);
            until = from.AddYears(1);
            return true;
        }

        if (text.Length == 7 && text[4] == '-' && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out y) && y is >= 1900 and < 3000)
        {
            if ((text[5] is 'Q' or 'q') && text[6] is >= '1' and <= '4')
            {
                granularity = Granularity.Quarter;
                from = new DateOnly(y, ((text[6] - '1') * 3) + 1, 1);
                until = from.AddMonths(3);
                return true;
            }

            if (int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12)
            {
                granularity = Granularity.Month;
                from = new DateOnly(y, m, 1);
                until = from.AddMonths(1);
                return true;
            }
        }

        return false;
    }
}
