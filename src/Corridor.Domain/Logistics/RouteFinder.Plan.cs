namespace Corridor.Logistics;

public static partial class RouteFinder
{
    /// <summary>
    /// Up to <paramref name="k"/> static candidate paths from <paramref name="origin"/> to <paramref name="destination"/>
    /// for one unit of cargo of the given kind, cheapest first with transit time priced at <paramref name="pricePerDayUsd"/>.
    /// Timetables, capacity and closures are ignored here: plan allocation applies them per week.
    /// </summary>
    public static IReadOnlyList<PlanPath> CandidatePaths(NetworkGraph graph, string origin, string destination, bool vehicles, int k, decimal pricePerDayUsd = 20m)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.TryGetNode(origin, out var o) || !graph.TryGetNode(destination, out var t) || o == t)
        {
            return [];
        }

        var request = new RouteRequest(origin, destination, vehicles ? Cargo.Vehicles(1) : Cargo.Tonnes(1), DateOnly.FromDateTime(NetworkGraph.Epoch.UtcDateTime))
        {
            Objective = RouteObjective.Balanced,
            PricePerDayUsd = pricePerDayUsd,
        };
        using var search = new RouteSearch(graph, request, t, Relax.Schedule | Relax.Capacity | Relax.Closures | Relax.Due);
        var result = new List<PlanPath>();
        var steps = new List<Step>();
        foreach (var (edges, _) in KShortest(graph, search, o, k).OrderBy(p => p.Score))
        {
            if (!Replay(search, o, edges, edges.Length, false, steps))
            {
                continue;
            }

            var legs = new List<PlanPathLeg>(edges.Length);
            decimal unitCost = 0;
            foreach (var s in steps)
            {
                var link = graph.EdgeLink[s.Edge];
                legs.Add(new PlanPathLeg(link, graph.NodeCodes[graph.EdgeFrom[s.Edge]], graph.NodeCodes[graph.EdgeTo[s.Edge]], s.DepartAt - search.Ready));
                unitCost += vehicles ? link.CostPerVehicleUsd : link.CostPerTonneUsd;
            }

            result.Add(new PlanPath(graph.NodeCodes[o], graph.NodeCodes[t], legs, steps[^1].Arrive - search.Ready, unitCost));
        }

        return result;
    }
}
