namespace Corridor.Logistics;

/// <summary>What a <see cref="ScenarioChange"/> does.</summary>
public enum ScenarioChangeKind
{
    /// <summary>Sets a link's weekly capacities (vehicles and/or tonnes).</summary>
    LinkCapacity,

    /// <summary>Sets a border crossing's median and p90 dwell.</summary>
    BorderDelay,

    /// <summary>Closes a link (both directions) for [ClosedFrom, ClosedUntil).</summary>
    LinkClosed,

    /// <summary>Adds a link (e.g. a Rasht–Astara railway).</summary>
    NewLink,

    /// <summary>Sets a node's gauges and transshipments (e.g. a gauge-change yard at Astara).</summary>
    NodeFacilities,
}

/// <summary>
/// One change of a what-if scenario over the baseline network. Which fields are used depends on <see cref="Kind"/>;
/// links are named by (From, To, Mode) as in links.csv.
/// </summary>
public sealed record ScenarioChange(ScenarioChangeKind Kind)
{
    public string? From { get; init; }

    public string? To { get; init; }

    public TransportMode? Mode { get; init; }

    public string? Node { get; init; }

    public int? CapacityVehiclesPerWeek { get; init; }

    public decimal? CapacityTonnesPerWeek { get; init; }

    public decimal? MedianDelayHours { get; init; }

    public decimal? P90DelayHours { get; init; }

    public DateOnly? ClosedFrom { get; init; }

    /// <summary>First day open again (half-open period).</summary>
    public DateOnly? ClosedUntil { get; init; }

    public int? GaugeMm { get; init; }

    public decimal? DistanceKm { get; init; }

    public decimal? TransitHours { get; init; }

    public decimal? CostPerVehicleUsd { get; init; }

    public decimal? CostPerTonneUsd { get; init; }

    public CorridorBranch? Branch { get; init; }

    /// <summary>For <see cref="ScenarioChangeKind.NodeFacilities"/>: e.g. <c>1435;1520</c>.</summary>
    public string? Gauges { get; init; }

    /// <summary>For <see cref="ScenarioChangeKind.NodeFacilities"/>: e.g. <c>gauge_change;rail_truck</c>.</summary>
    public string? Transshipments { get; init; }
}
