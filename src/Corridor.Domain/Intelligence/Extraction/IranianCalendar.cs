using System.Globalization;

namespace Corridor.Intelligence.Extraction;

/// <summary>
/// Iranian (Solar Hijri) years as Gregorian periods, by .NET's <see cref="PersianCalendar"/> (the astronomical
/// calendar: 1 Farvardin falls on 20 or 21 March). A year is the half-open period <c>[1 Farvardin, next 1 Farvardin)</c>.
/// </summary>
public static class IranianCalendar
{
    private static readonly PersianCalendar Calendar = new();

    /// <summary>The Iranian year that contains <paramref name="day"/>.</summary>
    public static int YearOf(DateOnly day) => Calendar.GetYear(day.ToDateTime(TimeOnly.MinValue));

    /// <summary>The Gregorian period <c>[From, Until)</c> of Iranian year <paramref name="iranianYear"/>.</summary>
    public static (DateOnly From, DateOnly Until) Year(int iranianYear)
    {
        if (iranianYear < 1300 || iranianYear > 1500)
        {
            throw new ArgumentOutOfRangeException(nameof(iranianYear), iranianYear, "Iranian year out of the supported range 1300-1500.");
        }

        return (DateOnly.FromDateTime(Calendar.ToDateTime(iranianYear, 1, 1, 0, 0, 0, 0)),
            DateOnly.FromDateTime(Calendar.ToDateTime(iranianYear + 1, 1, 1, 0, 0, 0, 0)));
    }
}
