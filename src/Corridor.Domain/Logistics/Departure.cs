namespace Corridor.Logistics;

/// <summary>
/// One run of a <see cref="TransportService"/>: when it leaves and arrives, its capacity and how much of it is booked
/// (both in <see cref="Unit"/>). Shared reference data; bookings change <see cref="Booked"/> with one conditional
/// database update so that it never exceeds <see cref="Capacity"/>.
/// </summary>
public sealed class Departure
{
    private Departure()
    {
        ServiceCode = FromCode = ToCode = "";
    }

    /// <exception cref="ArgumentException">Negative capacity or arrival not after departure.</exception>
    public Departure(string serviceCode, string from, string to, TransportMode mode, DateTimeOffset departsAt, DateTimeOffset arrivesAt, int capacity, CapacityUnit unit)
    {
        Id = Guid.CreateVersion7();
        ServiceCode = serviceCode;
        FromCode = from;
        ToCode = to;
        Mode = mode;
        DepartsAt = departsAt.ToUniversalTime();
        ArrivesAt = Arrival(departsAt, arrivesAt);
        Capacity = Checked(capacity);
        Unit = unit;
    }

    public Guid Id { get; private set; }

    public string ServiceCode { get; private set; }

    public string FromCode { get; private set; }

    public string ToCode { get; private set; }

    public TransportMode Mode { get; private set; }

    public DateTimeOffset DepartsAt { get; private set; }

    public DateTimeOffset ArrivesAt { get; private set; }

    public int Capacity { get; private set; }

    public CapacityUnit Unit { get; private set; }

    /// <summary>Booked so far; 0 ≤ Booked ≤ Capacity.</summary>
    public int Booked { get; private set; }

    public int Free => Math.Max(0, Capacity - Booked);

    /// <summary>Changes the timetable data of a departure that a re-import found changed; bookings are kept.</summary>
    /// <exception cref="ArgumentException">The constructor's checks: it must arrive after it leaves, capacity must not be negative.</exception>
    public bool Reschedule(DateTimeOffset arrivesAt, int capacity)
    {
        var arrival = Arrival(DepartsAt, arrivesAt);
        var room = Checked(capacity);
        var changed = ArrivesAt != arrival || Capacity != room;
        (ArrivesAt, Capacity) = (arrival, room);
        return changed;
    }

    private static DateTimeOffset Arrival(DateTimeOffset departsAt, DateTimeOffset arrivesAt) =>
        arrivesAt > departsAt ? arrivesAt.ToUniversalTime() : throw new ArgumentException("a departure must arrive after it leaves.", nameof(arrivesAt));

    private static int Checked(int capacity) =>
        capacity >= 0 ? capacity : throw new ArgumentException($"capacity must not be negative (was {capacity}).", nameof(capacity));
}
