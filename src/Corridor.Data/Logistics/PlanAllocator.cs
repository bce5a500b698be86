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
/// <remarks>
/// Before the solver sees it the model is reduced by exact rules that keep its optimal value (decision 010): a flow
/// variable through a zero capacity is dropped; a capacity row that cannot bind even if every demand using it sent all
/// its volume through it is left out (its marginal value is 0); a variable is dropped when another variable of the same
/// demand costs no more and uses only rows it uses too, or when it costs at least the unmet penalty; and a demand left
/// with one variable that uses no remaining row is shipped on it without entering the solver. The rules repeat until
/// nothing changes, since dropping variables lowers the loads a row can see.
/// <para>
/// GLOP then gets a restricted LP (decision 016): per demand the columns a Lagrangian estimate of the capacity prices
/// finds cheapest (<see cref="LagrangianRestriction"/>). Every column left out is priced with the restricted LP's duals;
/// while some have a negative reduced cost they are added and the LP is solved again, so the result is the reduced
/// model's optimum and the marginal values are optimal duals of it whatever the estimate was.
/// </para>
/// </remarks>
public static class PlanAllocator
{
    private const double HoursPerWeek = 168;

    /// <summary>
    /// GLOP parameters for the plan model: the LU factorisation is rebuilt every 200 basis updates instead of every 64.
    /// On the benchmark plan that saves 7–13 % of the allocation's CPU time with the same optimum; 100, 400 and 1000
    /// were slower (decision 014).
    /// </summary>
    internal const string GlopParameters = "basis_refactorization_period: 200";

    /// <summary>
    /// The restricted LP is solved only when the Lagrangian keeps at most this share of the columns; otherwise one LP
    /// over every column. On the benchmark plan it keeps 38 % and takes 0.52–0.62 of the one-LP time; on its 1-route
    /// variant it keeps 80 % and took 1.5 times as long (decision 016). The limit lies between the two, not measured closer.
    /// </summary>
    internal const double RestrictedShareLimit = 2.0 / 3;

    /// <summary>
    /// A left-out column is added when its reduced cost is below −this × the unmet penalty (USD per unit; the reduced
    /// model has no column that costs as much as the penalty).
    /// </summary>
    internal const double PricingTolerance = 1e-9;

    public static PlanResult Allocate(NetworkGraph graph, PlanRequest request) => Allocate(graph, request, reduce: true, restriction: PlanColumnRestriction.Lagrangian);

    /// <param name="reduce">false solves the model exactly as stated, without the reductions (for tests and benchmarks).</param>
    /// <param name="glopParameters">GLOP parameters in protobuf text format ("" for GLOP's defaults; for benchmarks).</param>
    /// <param name="restriction">How the columns of the first restricted LP are chosen; <see cref="PlanColumnRestriction.None"/> solves every column at once.</param>
    /// <param name="trace">Receives the solve's figures (for tests and benchmarks).</param>
    internal static PlanResult Allocate(NetworkGraph graph, PlanRequest request, bool reduce, string glopParameters = GlopParameters,
        PlanColumnRestriction restriction = PlanColumnRestriction.None, PlanAllocationTrace? trace = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(request);
        trace ??= new PlanAllocationTrace();
        trace.Lap(null);
        var model = Model(graph, request, reduce);
        trace.Lap("model");
        return Solve(request, model, glopParameters, restriction, trace);
    }

    /// <summary>The plan model in managed arrays, reduced (decision 010) when <paramref name="reduce"/> is true.</summary>
    internal static PlanModel Model(NetworkGraph graph, PlanRequest request, bool reduce)
    {
        var start = new DateTimeOffset(request.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var demands = request.Demands;
        var penalty = (double)request.UnmetPenaltyUsd;

        // Candidate routes per origin, destination and cargo kind, and the week span they reach.
        var paths = new Dictionary<(string, string, bool), IReadOnlyList<PlanPath>>();
        var candidatesOf = new IReadOnlyList<PlanPath>[demands.Count];
        var readyWeeks = new int[demands.Count];
        var weekSlots = 1;
        for (var d = 0; d < demands.Count; d++)
        {
            var demand = demands[d];
            var key = (demand.Origin.ToUpperInvariant(), demand.Destination.ToUpperInvariant(), demand.Vehicles);
            if (!paths.TryGetValue(key, out var candidates))
            {
                candidates = RouteFinder.CandidatePaths(graph, demand.Origin, demand.Destination, demand.Vehicles, request.RoutesPerPair);
                paths[key] = candidates;
            }

            candidatesOf[d] = candidates;
            readyWeeks[d] = (int)Math.Floor((demand.Week.ToDateTime(TimeOnly.MinValue) - request.Start.ToDateTime(TimeOnly.MinValue)).TotalDays / 7);
            foreach (var path in candidates)
            {
                var lastWeek = readyWeeks[d] + request.MaxShipDelayWeeks + (int)Math.Floor(path.Legs[^1].OffsetHours / HoursPerWeek);
                weekSlots = Math.Max(weekSlots, lastWeek + 1);
            }
        }

        var capacities = new CapacityBook(graph.Definition, start, weekSlots);
        var resources = new Dictionary<PlanPath, int[]>(ReferenceEqualityComparer.Instance);
        var columns = new Columns();
        var reasons = new string[demands.Count];
        var demandColumns = new int[demands.Count + 1];
        for (var d = 0; d < demands.Count; d++)
        {
            demandColumns[d] = columns.Count;
            var demand = demands[d];
            if (candidatesOf[d].Count == 0)
            {
                reasons[d] = "no route connects the origin to the destination";
                continue;
            }

            var readyWeek = readyWeeks[d];
            var dueEnd = (new DateTimeOffset(demand.Due.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - start).TotalHours;
            for (var s = Math.Max(0, readyWeek); s <= readyWeek + request.MaxShipDelayWeeks; s++)
            {
                foreach (var path in candidatesOf[d])
                {
                    if (!resources.TryGetValue(path, out var legResources))
                    {
                        resources[path] = legResources = path.Legs.Select(capacities.Resource).ToArray();
                    }

                    var arrival = (s * HoursPerWeek) + path.LeadHours;
                    var late = arrival > dueEnd ? (int)Math.Ceiling((arrival - dueEnd) / HoursPerWeek) : 0;
                    var unitCost = (double)path.UnitCostUsd;
                    var objective = unitCost + ((double)request.LatenessPenaltyUsd * late) + (0.01 * (s - readyWeek));
                    var open = true;
                    for (var i = 0; i < legResources.Length; i++)
                    {
                        foreach (var row in capacities.Rows(legResources[i], s + (int)Math.Floor(path.Legs[i].OffsetHours / HoursPerWeek)))
                        {
                            open &= capacities.Capacity(row) > 0;
                            columns.AddTerm(row, CapacityBook.Coefficient(capacities.Unit(row), demand.Vehicles));
                        }
                    }

                    if (open || !reduce)
                    {
                        columns.Close(d, path, s, late, unitCost, objective);
                    }
                    else
                    {
                        columns.Discard();
                    }
                }
            }

            reasons[d] = "capacity on every candidate route is taken in the allowed ship weeks";
        }

        demandColumns[demands.Count] = columns.Count;
        var reduction = new ModelReduction(columns, capacities, demands, demandColumns, penalty);
        if (reduce)
        {
            reduction.Run();
        }

        return new PlanModel(start, capacities, columns, reduction, demandColumns, reasons);
    }

    private static PlanResult Solve(PlanRequest request, PlanModel model, string glopParameters, PlanColumnRestriction restriction, PlanAllocationTrace trace)
    {
        var (start, capacities, columns, reduction, demandColumns, reasons) = model;
        var demands = request.Demands;
        var penalty = (double)request.UnmetPenaltyUsd;
        var include = (bool[])reduction.Active.Clone();
        if (restriction != PlanColumnRestriction.None)
        {
            Array.Clear(include);
            if (restriction == PlanColumnRestriction.Lagrangian)
            {
                var lagrangian = new LagrangianRestriction(columns, reduction, capacities, demands, demandColumns, penalty);
                lagrangian.Choose(include);
                trace.LagrangianBounds = (lagrangian.LowerBound, lagrangian.UpperBound);
            }
            else
            {
                IncludeCheapest(columns, reduction, demandColumns, include);
            }

            trace.Lap("restriction");
        }

        trace.Columns = reduction.Active.Count(a => a);
        if (restriction == PlanColumnRestriction.Lagrangian && include.Count(i => i) > RestrictedShareLimit * trace.Columns)
        {
            // Too little left out to pay for GLOP without presolve and the pricing rounds: one LP over every column.
            restriction = PlanColumnRestriction.None;
            include = (bool[])reduction.Active.Clone();
        }

        var (lp, status) = restriction == PlanColumnRestriction.None
            ? SolveOnce(new PlanLp(request, capacities, columns, reduction, demandColumns, include, glopParameters, everyBindingRow: false), trace)
            : SolveWithPricing(new PlanLp(request, capacities, columns, reduction, demandColumns, include, $"{glopParameters} use_preprocessing: false", everyBindingRow: true), columns, reduction, demandColumns, penalty, trace);
        using var _ = lp;
        var statusText = status.ToString();
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            return new PlanResult(statusText, [], [], [], 0, 0, 0);
        }

        var flowResults = new List<PlanRouteFlow>();
        var used = new double[capacities.RowCount];
        double freight = 0, lateness = 0, unmetCost = 0;
        for (var c = 0; c < columns.Count; c++)
        {
            var d = columns.Demand[c];
            var v = reduction.Fixed[d] == c ? (double)demands[d].Quantity : lp.Flow(c);
            if (v <= 1e-7)
            {
                continue;
            }

            for (var t = columns.TermStart[c]; t < columns.TermStart[c + 1]; t++)
            {
                used[columns.TermRow[t]] += v * columns.TermCoefficient[t];
            }

            var demand = demands[d];
            var (path, s, late) = (columns.Path[c], columns.Week[c], columns.Late[c]);
            freight += v * columns.UnitCost[c];
            lateness += v * late * (double)request.LatenessPenaltyUsd;
            flowResults.Add(new PlanRouteFlow(d, demand.Origin, demand.Destination, path, request.Start.AddDays(7 * s),
                start.AddHours((s * HoursPerWeek) + path.LeadHours), late, v));
        }

        var unmetResults = new List<PlanUnmet>();
        for (var d = 0; d < demands.Count; d++)
        {
            if (reduction.Fixed[d] >= 0)
            {
                continue;
            }

            var v = lp.Unmet(d) ?? (double)demands[d].Quantity;
            if (v > 1e-7)
            {
                var demand = demands[d];
                unmetCost += v * (double)request.UnmetPenaltyUsd;
                unmetResults.Add(new PlanUnmet(d, demand.Origin, demand.Destination, demand.Week, v, reasons[d]));
            }
        }

        var marginal = new double[capacities.RowCount];
        for (var r = 0; r < marginal.Length; r++)
        {
            marginal[r] = Math.Max(0, -lp.CapacityDual(r));
        }

        trace.DemandDuals = new double[demands.Count];
        for (var d = 0; d < demands.Count; d++)
        {
            trace.DemandDuals[d] = reduction.Fixed[d] is var f and >= 0 ? columns.Objective[f] : lp.DemandDual(d) ?? (double)request.UnmetPenaltyUsd;
        }

        trace.Lap("read back");

        return new PlanResult(statusText, flowResults, capacities.Uses(request.Start, used, marginal), unmetResults, freight, lateness, unmetCost);
    }

    private static (PlanLp Lp, Solver.ResultStatus Status) SolveOnce(PlanLp lp, PlanAllocationTrace trace)
    {
        trace.RestrictedColumns = lp.ColumnCount;
        trace.PricingRounds++;
        trace.Lap("solver model");
        var status = lp.Solve();
        trace.SimplexIterations += lp.Iterations;
        trace.Lap("solve");
        return (lp, status);
    }

    /// <summary>
    /// Solves the restricted LP, prices every active column left out with its duals and, while some have a negative
    /// reduced cost, adds them to the same solver and solves again. GLOP without presolve keeps its basis when only
    /// columns were added, so a later round is a short primal simplex from the previous optimum (decision 016). The
    /// LP returned has the reduced model's optimum, and its duals are optimal for the reduced model.
    /// </summary>
    private static (PlanLp Lp, Solver.ResultStatus Status) SolveWithPricing(PlanLp lp, Columns columns, ModelReduction reduction, int[] demandColumns, double penalty, PlanAllocationTrace trace)
    {
        while (true)
        {
            var (_, status) = SolveOnce(lp, trace);
            var added = status == Solver.ResultStatus.OPTIMAL ? AddNegativeReducedCosts(lp, columns, reduction, demandColumns, penalty) : 0;
            trace.Lap("pricing");
            if (added == 0)
            {
                return (lp, status);
            }

            trace.ColumnsAdded.Add(added);
        }
    }

    /// <summary>
    /// Adds to <paramref name="lp"/> every active column it left out whose reduced cost c − π_d − Σ y_r a_r under its
    /// duals is below −<see cref="PricingTolerance"/> × the unmet penalty, and returns how many. The duals are read
    /// before any column is added.
    /// </summary>
    private static int AddNegativeReducedCosts(PlanLp lp, Columns columns, ModelReduction reduction, int[] demandColumns, double penalty)
    {
        var rowDual = new double[reduction.Binding.Length];
        for (var r = 0; r < rowDual.Length; r++)
        {
            rowDual[r] = reduction.Binding[r] ? lp.CapacityDual(r) : 0;
        }

        var tolerance = PricingTolerance * penalty;
        var negative = new List<int>();
        for (var d = 0; d + 1 < demandColumns.Length; d++)
        {
            if (lp.DemandDual(d) is not { } pi)
            {
                continue;
            }

            for (var c = demandColumns[d]; c < demandColumns[d + 1]; c++)
            {
                if (lp.Contains(c) || !reduction.Active[c])
                {
                    continue;
                }

                var reducedCost = columns.Objective[c] - pi;
                for (var t = columns.TermStart[c]; t < columns.TermStart[c + 1]; t++)
                {
                    reducedCost -= rowDual[columns.TermRow[t]] * columns.TermCoefficient[t];
                }

                if (reducedCost < -tolerance)
                {
                    negative.Add(c);
                }
            }
        }

        foreach (var c in negative)
        {
            lp.Add(c);
        }

        return negative.Count;
    }

    /// <summary>The deliberately poor restriction of <see cref="PlanColumnRestriction.CheapestColumnOnly"/>: each demand's cheapest active column.</summary>
    private static void IncludeCheapest(Columns columns, ModelReduction reduction, int[] demandColumns, bool[] include)
    {
        for (var d = 0; d + 1 < demandColumns.Length; d++)
        {
            var cheapest = -1;
            for (var c = demandColumns[d]; c < demandColumns[d + 1]; c++)
            {
                if (reduction.Active[c] && (cheapest < 0 || columns.Objective[c] < columns.Objective[cheapest]))
                {
                    cheapest = c;
                }
            }

            if (cheapest >= 0)
            {
                include[cheapest] = true;
            }
        }
    }
}
