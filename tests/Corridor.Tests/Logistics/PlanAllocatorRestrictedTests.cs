using Corridor.Logistics;
using Google.OrTools.LinearSolver;
using Xunit.Abstractions;

namespace Corridor.Tests.Logistics;

/// <summary>
/// The restricted LP with pricing (decision 016) against the model solved in one LP: same optimum, same unmet volume,
/// capacity rows that bind in one are full in the other, and marginal values that are optimal duals of the full model,
/// checked from the plan's own data rather than from the allocator's pricing.
/// </summary>
public class PlanAllocatorRestrictedTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => ["feasible", "above-capacity", "mixed-many-pairs", "winter", "bench-like"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Allocate_Restricted_HasTheUnrestrictedOptimum(string name)
    {
        var graph = ReferenceNetwork.Graph();
        var request = Plan(graph, name);
        var trace = new PlanAllocationTrace();

        var restricted = PlanAllocator.Allocate(graph, request, reduce: true, restriction: PlanColumnRestriction.Lagrangian, trace: trace);
        var unrestricted = PlanAllocator.Allocate(graph, request, reduce: true);
        var unreduced = PlanAllocator.Allocate(graph, request, reduce: false);

        output.WriteLine($"{name}: {trace.PricingRounds} LP(s), {trace.RestrictedColumns} of {trace.Columns} columns, added {string.Join("+", trace.ColumnsAdded)}; cost {restricted.TotalCostUsd:F2}, unmet {restricted.Unmet.Sum(u => u.Quantity)}");
        AssertSameOptimum(unrestricted, restricted);
        AssertSameOptimum(unreduced, restricted);
        Assert.Equal(restricted.TotalCostUsd, PlanAllocator.Allocate(graph, request).TotalCostUsd, Math.Max(1e-6, restricted.TotalCostUsd * 1e-9));
        PlanAllocatorTests.CheckConservation(request, restricted);
        PlanAllocatorTests.CheckCapacities(graph.Definition, request, restricted);
        if (name == "bench-like")
        {
            // Big and crowded enough that the restriction leaves columns out; otherwise the comparison proves little.
            Assert.True(trace.RestrictedColumns < trace.Columns, $"{trace.RestrictedColumns} of {trace.Columns} columns");
        }
    }

    [Fact]
    public void Allocate_FromEachDemandsCheapestColumnOnly_PricesInTheMissingColumnsAndReachesTheOptimum()
    {
        var graph = ReferenceNetwork.Graph();
        var request = Plan(graph, "bench-like");
        var trace = new PlanAllocationTrace();

        var poorStart = PlanAllocator.Allocate(graph, request, reduce: true, restriction: PlanColumnRestriction.CheapestColumnOnly, trace: trace);
        var unrestricted = PlanAllocator.Allocate(graph, request, reduce: true);

        output.WriteLine($"{trace.PricingRounds} LP(s), {trace.RestrictedColumns} of {trace.Columns} columns, added {string.Join("+", trace.ColumnsAdded)}");
        Assert.True(trace.PricingRounds >= 2, $"{trace.PricingRounds} LP(s)");
        Assert.Equal(trace.PricingRounds - 1, trace.ColumnsAdded.Count);
        Assert.All(trace.ColumnsAdded, added => Assert.True(added > 0));
        AssertSameOptimum(unrestricted, poorStart);
    }

    /// <summary>GLOP's sign convention, which the pricing relies on: reduced cost = c − π_d − Σ y_r a_r, with y_r ≤ 0 on capacity rows.</summary>
    [Fact]
    public void PlanLp_ReducedCostsFromDuals_MatchGlop()
    {
        var graph = ReferenceNetwork.Graph();
        var request = Plan(graph, "bench-like");
        var model = PlanAllocator.Model(graph, request, reduce: true);
        var (columns, reduction) = (model.Columns, model.Reduction);
        using var lp = new PlanLp(request, model.Capacities, columns, reduction, model.DemandColumns, (bool[])reduction.Active.Clone(), PlanAllocator.GlopParameters, everyBindingRow: false);

        Assert.Equal(Solver.ResultStatus.OPTIMAL, lp.Solve());

        var priced = 0;
        for (var c = 0; c < columns.Count; c++)
        {
            if (!lp.Contains(c))
            {
                continue;
            }

            var reducedCost = columns.Objective[c] - lp.DemandDual(columns.Demand[c])!.Value;
            for (var t = columns.TermStart[c]; t < columns.TermStart[c + 1]; t++)
            {
                reducedCost -= lp.CapacityDual(columns.TermRow[t]) * columns.TermCoefficient[t];
            }

            Assert.Equal(lp.ReducedCost(c), reducedCost, 1e-6);
            priced++;
        }

        Assert.True(priced > 0);
        var duals = Enumerable.Range(0, model.Capacities.RowCount).Select(lp.CapacityDual).ToList();
        Assert.All(duals, y => Assert.True(y <= 1e-9, $"capacity dual {y}"));
        Assert.Contains(duals, y => y < -1);
    }

    /// <summary>
    /// Rebuilds every column of the full model (each candidate route and allowed ship week of each demand) from the
    /// plan, prices it with the reported marginal values and the demand duals, and checks that none is negative and
    /// that the dual objective Σ q π − Σ capacity × marginal value equals the plan's cost: the marginal values are then
    /// optimal duals of the whole model, not only of the columns the restricted LP kept.
    /// </summary>
    [Theory]
    [InlineData("above-capacity")]
    [InlineData("mixed-many-pairs")]
    [InlineData("winter")]
    [InlineData("bench-like")]
    public void Allocate_Restricted_ReportsOptimalDualsOfTheFullModel(string name)
    {
        var graph = ReferenceNetwork.Graph();
        var request = Plan(graph, name);
        var trace = new PlanAllocationTrace();
        var result = PlanAllocator.Allocate(graph, request, reduce: true, restriction: PlanColumnRestriction.Lagrangian, trace: trace);
        var penalty = (double)request.UnmetPenaltyUsd;
        const double tolerance = 1e-4;
        var rows = result.CapacityUse.ToLookup(u => Key(u.From, u.To, u.Mode, u.Week));
        var start = request.Start.ToDateTime(TimeOnly.MinValue);

        var dualObjective = 0.0;
        var columnsPriced = 0;
        for (var d = 0; d < request.Demands.Count; d++)
        {
            var demand = request.Demands[d];
            var pi = trace.DemandDuals[d];
            Assert.True(penalty - pi >= -tolerance, $"demand {d}: unmet reduced cost {penalty - pi}");
            dualObjective += (double)demand.Quantity * pi;
            var ready = (int)Math.Floor((demand.Week.ToDateTime(TimeOnly.MinValue) - start).TotalDays / 7);
            var dueEnd = (demand.Due.AddDays(1).ToDateTime(TimeOnly.MinValue) - start).TotalHours;
            foreach (var path in RouteFinder.CandidatePaths(graph, demand.Origin, demand.Destination, demand.Vehicles, request.RoutesPerPair))
            {
                for (var s = Math.Max(0, ready); s <= ready + request.MaxShipDelayWeeks; s++)
                {
                    var arrival = (s * 168) + path.LeadHours;
                    var late = arrival > dueEnd ? (int)Math.Ceiling((arrival - dueEnd) / 168) : 0;
                    var price = (double)path.UnitCostUsd + ((double)request.LatenessPenaltyUsd * late) + (0.01 * (s - ready));
                    var closed = false;
                    foreach (var leg in path.Legs)
                    {
                        var week = request.Start.AddDays(7 * (s + (int)Math.Floor(leg.OffsetHours / 168)));
                        foreach (var row in rows[Key(leg.From, leg.To, leg.Link.Mode, week)])
                        {
                            closed |= row.Capacity <= 0;
                            price += row.MarginalValueUsd * PlanAllocatorTests.Coefficient(Enum.Parse<CapacityUnit>(row.Unit, ignoreCase: true), demand.Vehicles);
                        }
                    }

                    // A column through a zero capacity carries nothing whatever its price; its row's dual is not reported.
                    if (!closed)
                    {
                        Assert.True(price - pi >= -tolerance, $"demand {d}, {path.Describe()}, week {s}: reduced cost {price - pi}");
                        columnsPriced++;
                    }
                }
            }
        }

        dualObjective -= result.CapacityUse.Sum(u => u.Capacity * u.MarginalValueUsd);
        // The LP's objective also charges 0.01 USD per unit and week of ship delay (to prefer shipping early), which the cost report leaves out.
        var primalObjective = result.TotalCostUsd + result.Flows.Sum(f => 0.01 * f.Quantity * ((f.ShipWeek.DayNumber - request.Demands[f.Demand].Week.DayNumber) / 7));
        output.WriteLine($"{name}: {columnsPriced} columns priced, primal {primalObjective:F4}, dual {dualObjective:F4}");
        Assert.True(columnsPriced > 0);
        Assert.Contains(result.CapacityUse, u => u.MarginalValueUsd > 1e-6);
        Assert.Equal(primalObjective, dualObjective, Math.Max(1e-3, primalObjective * 1e-8));
    }

    /// <summary>
    /// Like the benchmark plan (bench/Corridor.Bench BenchData.Plan) at 60 pairs × 12 weeks, with weekly volumes of
    /// 40–200 vehicles so that, as on the 500-pair plan, the Caspian crossings are overloaded.
    /// </summary>
    private static PlanRequest BenchLike(NetworkGraph graph, int pairs, int weeks)
    {
        var def = graph.Definition;
        var rng = new Random(11);
        var all = (from a in def.Nodes from b in def.Nodes where a.Code != b.Code select (a.Code, b.Code)).OrderBy(_ => rng.Next()).ToList();
        var chosen = all.Where(p => RouteFinder.CandidatePaths(graph, p.Item1, p.Item2, true, 1).Count > 0).Take(pairs).ToList();
        var start = new DateOnly(2027, 1, 4);
        var demands = new List<PlanDemand>();
        foreach (var (a, b) in chosen)
        {
            for (var w = 0; w < weeks; w++)
            {
                demands.Add(new PlanDemand(a, b, true, rng.Next(40, 201), start.AddDays(7 * w), start.AddDays((7 * w) + 21)));
            }
        }

        return new PlanRequest(demands, start, weeks);
    }

    private static PlanRequest Plan(NetworkGraph graph, string name) => name == "bench-like" ? BenchLike(graph, 60, 12) : PlanAllocatorTests.Case(name);

    private static string Key(string from, string to, TransportMode mode, DateOnly week) => $"{from.ToUpperInvariant()}>{to.ToUpperInvariant()}:{mode}:{week:yyyy-MM-dd}";

    /// <summary>
    /// Same optimal cost and unmet volume; optima need not be unique, but a capacity with a positive marginal value in
    /// one solution is full in every optimal solution (complementary slackness), so in the other one too.
    /// </summary>
    private static void AssertSameOptimum(PlanResult reference, PlanResult actual)
    {
        Assert.Equal("OPTIMAL", reference.SolverStatus);
        Assert.Equal("OPTIMAL", actual.SolverStatus);
        Assert.Equal(reference.TotalCostUsd, actual.TotalCostUsd, Math.Max(1e-6, reference.TotalCostUsd * 1e-9));
        Assert.Equal(reference.Unmet.Sum(u => u.Quantity), actual.Unmet.Sum(u => u.Quantity), 4);
        Assert.Equal(reference.CapacityUse.Count, actual.CapacityUse.Count);
        var a = reference.CapacityUse.ToDictionary(u => Key(u.From, u.To, u.Mode, u.Week) + u.Unit);
        var bindingRows = 0;
        foreach (var other in actual.CapacityUse)
        {
            var one = a[Key(other.From, other.To, other.Mode, other.Week) + other.Unit];
            Assert.Equal(one.Capacity, other.Capacity);
            foreach (var (priced, full) in new[] { (one, other), (other, one) })
            {
                if (priced.MarginalValueUsd > 1e-6)
                {
                    Assert.True(full.Used >= full.Capacity - 1e-6, $"{full.From}>{full.To} {full.Week}: priced at {priced.MarginalValueUsd} in one optimum, {full.Used} of {full.Capacity} used in the other");
                    bindingRows++;
                }
            }
        }

        if (reference.Unmet.Count > 0)
        {
            Assert.True(bindingRows > 0);
        }
    }
}
