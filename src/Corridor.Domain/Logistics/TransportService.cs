using System.Globalization;
using Corridor.Common;

namespace Corridor.Logistics;

/// <summary>
/// A scheduled service on one link: one ferry or one block-train set that departs on the given weekdays at
/// <see cref="DepartureTime"/> (UTC) during the half-open period [<see cref="ValidFrom"/>, <see cref="ValidUntil"/>),
/// takes <see cref="TransitHours"/>, and carries up to <see cref="Capacity"/> <see cref="CapacityUnit"/> per departure.
/// Because one row is one vessel or train set, its departures may not overlap: each must leave after the previous one arrived.
/// </summary>
public sealed class TransportService
{
    private TransportService()
    {
        Code = Name = Operator = FromCode = ToCode = Weekdays = Source = "";
    }

    /// <exception cref="ArgumentException">A field is missing or out of range.</exception>
    public TransportService(string code, string name, string @operator, string from, string to, TransportMode mode, IReadOnlyCollection<DayOfWeek> weekdays,
        TimeOnly departureTime, decimal transitHours, DateRange validity, int capacity, CapacityUnit unit, string source, string? assumption = null)
    {
        Code = Guard.Code(code, "code");
        Name = Guard.Text(name, "name");
        Operator = Guard.Text(@operator, "operator");
        FromCode = Guard.Code(from, "from");
        ToCode = Guard.Code(to, "to");
        Mode = mode;
        if (weekdays.Count == 0)
        {
            throw new ArgumentException("at least one weekday is required.", "weekdays");
        }

        Weekdays = FormatWeekdays(weekdays);
        DepartureTime = departureTime;
        TransitHours = transitHours > 0 ? transitHours : throw new ArgumentException($"transit_hours must be positive (was {transitHours}).", "transit_hours");
        ValidFrom = validity.From;
        ValidUntil = validity.Until ?? throw new ArgumentException("a timetable needs an end date.", "valid_until");
        Capacity = capacity >= 0 ? capacity : throw new ArgumentException($"capacity must not be negative (was {capacity}).", "capacity");
        Unit = unit;
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string Operator { get; private set; }

    public string FromCode { get; private set; }

    public string ToCode { get; private set; }

    public TransportMode Mode { get; private set; }

    /// <summary>e.g. <c>Mon;Thu</c>.</summary>
    public string Weekdays { get; private set; }

    /// <summary>Departure time of day, UTC.</summary>
    public TimeOnly DepartureTime { get; private set; }

    public decimal TransitHours { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>First day with no departure (half-open).</summary>
    public DateOnly ValidUntil { get; private set; }

    /// <summary>Per departure, in <see cref="Unit"/>.</summary>
    public int Capacity { get; private set; }

    public CapacityUnit Unit { get; private set; }

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    public static bool TryParseWeekdays(string? text, out List<DayOfWeek> days, out string? bad)
    {
        days = [];
        bad = null;
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Enum.GetValues<DayOfWeek>().Where(d => d.ToString()[..3].Equals(part, StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count != 1)
            {
                bad = part;
                return false;
            }

            if (!days.Contains(match[0]))
            {
                days.Add(match[0]);
            }
        }

        return days.Count > 0;
    }

    public IReadOnlyList<DayOfWeek> WeekdayList => TryParseWeekdays(Weekdays, out var d, out _) ? d : [];

    /// <summary>The departure instants of the timetable, in order.</summary>
    public IEnumerable<DateTimeOffset> DepartureTimes()
    {
        var days = WeekdayList;
        for (var d = ValidFrom; d < ValidUntil; d = d.AddDays(1))
        {
            if (days.Contains(d.DayOfWeek))
            {
                yield return new DateTimeOffset(d.ToDateTime(DepartureTime), TimeSpan.Zero);
            }
        }
    }

    /// <summary>The first pair of departures that overlap (the second leaves before the first arrives), or null.</summary>
    public string? FindOverlap()
    {
        DateTimeOffset? previous = null;
        var transit = TimeSpan.FromHours((double)TransitHours);
        foreach (var t in DepartureTimes())
        {
            if (previous is { } p && p + transit > t)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"departures {p:yyyy-MM-dd HH:mm} and {t:yyyy-MM-dd HH:mm} overlap: a {TransitHours} h transit is longer than the {(t - p).TotalHours:0.#} h between them (one row is one vessel or train set)");
            }

            previous = t;
        }

        return null;
    }

    public bool UpdateFrom(TransportService o)
    {
        var changed = Name != o.Name || Operator != o.Operator || FromCode != o.FromCode || ToCode != o.ToCode || Mode != o.Mode || Weekdays != o.Weekdays
            || DepartureTime != o.DepartureTime || TransitHours != o.TransitHours || ValidFrom != o.ValidFrom || ValidUntil != o.ValidUntil
            || Capacity != o.Capacity || Unit != o.Unit || Source != o.Source || Assumption != o.Assumption;
        (Name, Operator, FromCode, ToCode, Mode, Weekdays, DepartureTime, TransitHours, ValidFrom, ValidUntil, Capacity, Unit, Source, Assumption) =
            (o.Name, o.Operator, o.FromCode, o.ToCode, o.Mode, o.Weekdays, o.DepartureTime, o.TransitHours, o.ValidFrom, o.ValidUntil, o.Capacity, o.Unit, o.Source, o.Assumption);
        return changed;
    }

    private static string FormatWeekdays(IReadOnlyCollection<DayOfWeek> days) =>
        string.Join(';', days.Distinct().OrderBy(d => ((int)d + 6) % 7).Select(d => d.ToString()[..3]));
}
