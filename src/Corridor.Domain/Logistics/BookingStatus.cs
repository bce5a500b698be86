namespace Corridor.Logistics;

/// <summary>Where a booking stands. Only <see cref="Confirmed"/> holds capacity.</summary>
public enum BookingStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
}
