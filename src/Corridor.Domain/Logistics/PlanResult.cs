namespace Corridor.Logistics;

/// <summary>Volume of demand <see cref="Demand"/> (index into the request) shipped on <see cref="Route"/> in the week starting <see cref="ShipWeek"/>.</summary>
public sealed record PlanRouteFlow(int Demand, string Origin, string Destination, PlanPath Route, DateOnly ShipWeek, DateTimeOffset ArrivalP50, int LateWeeks, double Quantity);

/// <summary>
/// Use of one capacity in one week: a directed link (<see cref="From"/> → <see cref="To"/>) counted in <see cref="Unit"/>
/// (vehicles, tonnes or teu). <see cref="MarginalValueUsd"/> is the solver's dual: how much the plan's cost would fall per
/// extra unit of this capacity (0 when the capacity is not binding).
/// </summary>
public sealed record PlanCapacityUse(string From, string To, TransportMode Mode, DateOnly Week, string Unit, double Capacity, double Used, double MarginalValueUsd)
{
    public double Utilisation => Capacity <= 0 ? (Used > 0 ? double.PositiveInfinity : 0) : Used / Capacity;
}

/// <summary>Part of demand <see cref="Demand"/> that the plan could not move.</summary>
public sealed record PlanUnmet(int Demand, string Origin, string Destination, DateOnly Week, double Quantity, string Reason);

/// <summary>The allocation: flows per route and week, capacity use, unmet demand, bottlenecks and costs (US dollars).</summary>
public sealed record PlanResult(
    string SolverStatus,
    IReadOnlyList<PlanRouteFlow> Flows,
    IReadOnlyList<PlanCapacityUse> CapacityUse,
    IReadOnlyList<PlanUnmet> Unmet,
    double FreightCostUsd,
    double LatenessCostUsd,
    double UnmetPenaltyUsd)
{
    /// <summary>Capacities that bind (at least 99.9 % used or with a marginal value), highest marginal value first.</summary>
    public IEnumerable<PlanCapacityUse> Bottlenecks =>
        CapacityUse.Where(c => c.Capacity > 0 && (c.Utilisation >= 0.999 || c.MarginalValueUsd > 1e-6))
            .OrderByDescending(c => c.MarginalValueUsd).ThenByDescending(c => c.Utilisation);

    public double TotalCostUsd => FreightCostUsd + LatenessCostUsd + UnmetPenaltyUsd;
}
