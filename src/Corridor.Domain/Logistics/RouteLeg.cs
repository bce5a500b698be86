using Corridor.Common;

namespace Corridor.Logistics;

/// <summary>
/// One link travelled by a route option, at the median (p50) timing. <see cref="Transfer"/> is the transshipment done at
/// <see cref="From"/> before the leg (with its handling hours); <see cref="BorderDwellHours"/> is the median dwell at
/// <see cref="To"/> when it is a border crossing. Scheduled legs name their departure and the capacity still free on it.
/// </summary>
public sealed record RouteLeg(
    string From,
    string To,
    TransportMode Mode,
    int? GaugeMm,
    CorridorBranch Branch,
    decimal DistanceKm,
    DateTimeOffset DepartsAt,
    DateTimeOffset ArrivesAt,
    Money Cost,
    decimal Co2Kg,
    TransportDocument Document,
    Transshipments Transfer,
    double HandlingHours,
    double BorderDwellHours,
    Guid? DepartureId,
    string? ServiceCode,
    int? FreeCapacity,
    CapacityUnit? CapacityUnit);
