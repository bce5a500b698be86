namespace Corridor.Logistics;

/// <summary>
/// A leg of a shipment's plan: where from and to, by what, when it was planned to leave and arrive (median, border
/// dwell at <see cref="To"/> included), and whether it is a scheduled departure (which does not leave earlier than planned).
/// </summary>
public sealed record PlannedLeg(string From, string To, TransportMode Mode, DateTimeOffset PlannedDeparture, DateTimeOffset PlannedArrival, bool Scheduled)
{
    public TimeSpan Duration => PlannedArrival - PlannedDeparture;

    public static PlannedLeg Of(RouteLeg leg) => new(leg.From, leg.To, leg.Mode, leg.DepartsAt, leg.ArrivesAt, leg.DepartureId is not null);
}
