using Google.OrTools.LinearSolver;

namespace Corridor.Logistics;

/// <summary>
/// Allocates a demand plan over the network's weekly capacities with Google OR-Tools' GLOP linear solver.
/// The model is path-based over a weekly time-expanded network: for each demand, each of its candidate routes
/// (<see cref="RouteFinder.CandidatePaths"/>) and each allowed ship week there is a flow variable; each leg of a route
/// uses the capacity of its directed link in the week it is entered (ship week + the leg's offset). Capacities are the
/// links' weekly figures (0 in closed weeks), or for scheduled links the free capacity of the week's departures, in
/// their units. An unmet variable per demand, priced at the unmet penalty, keeps the model feasible and reports what
/// cannot move. The objective is freight + lateness penalty + unmet penalty. Duals of the capacity rows are reported
/// as marginal values.
/// </summary>
public static class PlanAllocator
{
    private const double HoursPerWeek = 168;

    public static PlanResult Allocate(NetworkGraph graph, PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(request);
        var start = new DateTimeOffset(request.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools GLOP is not available.");
        var objective = solver.Objective();
        objective.SetMinimization();
        var capacities = new CapacityBook(graph.Definition, start);
        var paths = new Dictionary<(string, string, bool), IReadOnlyList<PlanPath>>();
        var flows = new List<(Variable Var, int Demand, PlanPath Path, int Week, int Late, double UnitCost)>();
        var unmetVars = new Variable[request.Demands.Count];
        var reasons = new string[request.Demands.Count];

        for (var d = 0; d < request.Demands.Count; d++)
        {
            var demand = request.Demands[d];
            var q = (double)demand.Quantity;
            var row = solver.MakeConstraint(q, q, "");
            var unmet = solver.MakeNumVar(0, double.PositiveInfinity, "");
            unmetVars[d] = unmet;
            row.SetCoefficient(unmet, 1);
            objective.SetCoefficient(unmet, (double)request.UnmetPenaltyUsd);
            var key = (demand.Origin.ToUpperInvariant(), demand.Destination.ToUpperInvariant(), demand.Vehicles);
            if (!paths.TryGetValue(key, out var candidates))
            {
                candidates = RouteFinder.CandidatePaths(graph, demand.Origin, demand.Destination, demand.Vehicles, request.RoutesPerPair);
                paths[key] = candidates;
            }

            if (candidates.Count == 0)
            {
                reasons[d] = "no route connects the origin to the destination";
                continue;
            }

            var readyWeek = (int)Math.Floor((demand.Week.ToDateTime(TimeOnly.MinValue) - request.Start.ToDateTime(TimeOnly.MinValue)).TotalDays / 7);
            var dueEnd = (new DateTimeOffset(demand.Due.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - start).TotalHours;
            for (var s = Math.Max(0, readyWeek); s <= readyWeek + request.MaxShipDelayWeeks; s++)
            {
                foreach (var path in candidates)
                {
                    var arrival = (s * HoursPerWeek) + path.LeadHours;
                    var late = arrival > dueEnd ? (int)Math.Ceiling((arrival - dueEnd) / HoursPerWeek) : 0;
                    var x = solver.MakeNumVar(0, double.PositiveInfinity, "");
                    row.SetCoefficient(x, 1);
                    var unitCost = (double)path.UnitCostUsd;
                    objective.SetCoefficient(x, unitCost + ((double)request.LatenessPenaltyUsd * late) + (0.01 * (s - readyWeek)));
                    foreach (var leg in path.Legs)
                    {
                        var week = s + (int)Math.Floor(leg.OffsetHours / HoursPerWeek);
                        foreach (var (cap, coefficient) in capacities.Rows(solver, leg, week, demand.Vehicles))
                        {
                            capacities.Add(cap, x, coefficient);
                        }
                    }

                    flows.Add((x, d, path, s, late, unitCost));
                }
            }

            reasons[d] = "capacity on every candidate route is taken in the allowed ship weeks";
        }

        var status = solver.Solve();
        var statusText = status.ToString();
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            return new PlanResult(statusText, [], [], [], 0, 0, 0);
        }

        var flowResults = new List<PlanRouteFlow>();
        double freight = 0, lateness = 0, unmetCost = 0;
        foreach (var (x, d, path, s, late, unitCost) in flows)
        {
            var v = x.SolutionValue();
            if (v <= 1e-7)
            {
                continue;
            }

            var demand = request.Demands[d];
            freight += v * unitCost;
            lateness += v * late * (double)request.LatenessPenaltyUsd;
            flowResults.Add(new PlanRouteFlow(d, demand.Origin, demand.Destination, path, request.Start.AddDays(7 * s),
                start.AddHours((s * HoursPerWeek) + path.LeadHours), late, v));
        }

        var unmetResults = new List<PlanUnmet>();
        for (var d = 0; d < unmetVars.Length; d++)
        {
            var v = unmetVars[d].SolutionValue();
            if (v > 1e-7)
            {
                var demand = request.Demands[d];
                unmetCost += v * (double)request.UnmetPenaltyUsd;
                unmetResults.Add(new PlanUnmet(d, demand.Origin, demand.Destination, demand.Week, v, reasons[d]));
            }
        }

        return new PlanResult(statusText, flowResults, capacities.Uses(request.Start), unmetResults, freight, lateness, unmetCost);
    }
}
