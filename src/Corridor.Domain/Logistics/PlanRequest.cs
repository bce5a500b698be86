namespace Corridor.Logistics;

/// <summary>
/// A volume to move: <see cref="Quantity"/> vehicles or tonnes from <see cref="Origin"/> to <see cref="Destination"/>,
/// ready in the plan week starting <see cref="Week"/>, due (at the median) by the end of <see cref="Due"/>.
/// </summary>
public sealed record PlanDemand(string Origin, string Destination, bool Vehicles, decimal Quantity, DateOnly Week, DateOnly Due);

/// <summary>
/// A demand plan to allocate over weekly capacities starting on <see cref="Start"/> for <see cref="Weeks"/> weeks.
/// Cost is freight plus <see cref="LatenessPenaltyUsd"/> per unit and week late; demand left unserved costs
/// <see cref="UnmetPenaltyUsd"/> per unit (set it above any route's cost so that the solver only leaves what cannot move).
/// </summary>
public sealed record PlanRequest(IReadOnlyList<PlanDemand> Demands, DateOnly Start, int Weeks)
{
    public decimal LatenessPenaltyUsd { get; init; } = 50m;

    public decimal UnmetPenaltyUsd { get; init; } = 10_000m;

    /// <summary>Candidate routes per origin–destination pair.</summary>
    public int RoutesPerPair { get; init; } = 3;

    /// <summary>How many weeks after its ready week a volume may still be shipped.</summary>
    public int MaxShipDelayWeeks { get; init; } = 1;
}
