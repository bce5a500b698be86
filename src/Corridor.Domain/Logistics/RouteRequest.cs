namespace Corridor.Logistics;

/// <summary>
/// A question for the route engine: move <see cref="Cargo"/> from <see cref="Origin"/> to <see cref="Destination"/>,
/// ready at 00:00 UTC on <see cref="Ready"/>, arriving (at the median) before 00:00 UTC of the day after <see cref="Due"/>.
/// </summary>
public sealed record RouteRequest(string Origin, string Destination, Cargo Cargo, DateOnly Ready)
{
    public DateOnly? Due { get; init; }

    public RouteObjective Objective { get; init; } = RouteObjective.Balanced;

    /// <summary>US dollars per day of transit for <see cref="RouteObjective.Balanced"/> (the cost of capital and of waiting stock).</summary>
    public decimal PricePerDayUsd { get; init; } = 200m;

    /// <summary>Up to this many options (1..20).</summary>
    public int MaxOptions { get; init; } = 5;

    public IReadOnlyCollection<string> AvoidCountries { get; init; } = [];

    public IReadOnlyCollection<TransportMode> AvoidModes { get; init; } = [];

    public IReadOnlyCollection<string> AvoidNodes { get; init; } = [];

    public IReadOnlyCollection<CorridorBranch> AvoidBranches { get; init; } = [];

    /// <summary>At most this many transfers between legs (gauge change, rail↔truck, ship↔rail, ship↔truck); null for no limit.</summary>
    public int? MaxTransshipments { get; init; }
}
