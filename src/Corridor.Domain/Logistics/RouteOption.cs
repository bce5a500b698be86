using Corridor.Common;

namespace Corridor.Logistics;

/// <summary>
/// One way of making the trip: its legs, the arrival at the median (<see cref="EtaP50"/>) and 90th percentile
/// (<see cref="EtaP90"/>, every border at its p90 dwell, which may miss a sailing), freight cost, CO₂ in kilograms,
/// and the score it was ranked by (lower is better; its meaning depends on the objective).
/// </summary>
public sealed record RouteOption(int Rank, IReadOnlyList<RouteLeg> Legs, DateTimeOffset ReadyAt, DateTimeOffset EtaP50, DateTimeOffset EtaP90,
    Money Cost, decimal Co2Kg, int Transshipments, bool Late, double Score)
{
    /// <summary>The gauge changes along the route, by node.</summary>
    public IEnumerable<string> GaugeChangeNodes => Legs.Where(l => l.Transfer.HasFlag(Logistics.Transshipments.GaugeChange)).Select(l => l.From);

    public double TransitDaysP50 => (EtaP50 - ReadyAt).TotalDays;

    public IEnumerable<CorridorBranch> Branches => Legs.Select(l => l.Branch).Distinct();
}
