using Corridor.Logistics;

namespace Corridor.Tests.Logistics;

public class PlanAllocatorTests
{
    private static readonly DateOnly Start = new(2027, 4, 5);

    private static PlanRequest Weekly(decimal vehiclesPerWeek, int weeks, string destination = "RU-MOSCOW") =>
        new(Enumerable.Range(0, weeks).Select(w => new PlanDemand("IKCO-TEHRAN", destination, true, vehiclesPerWeek, Start.AddDays(7 * w), Start.AddDays((7 * w) + 20))).ToList(), Start, weeks);

    [Fact]
    public void Allocate_FeasiblePlan_MovesEverythingWithinCapacity()
    {
        var graph = ReferenceNetwork.Graph();
        var request = Weekly(200, 8);

        var result = PlanAllocator.Allocate(graph, request);

        Assert.Equal("OPTIMAL", result.SolverStatus);
        Assert.Empty(result.Unmet);
        CheckConservation(request, result);
        CheckCapacities(graph.Definition, request, result);
    }

    [Fact]
    public void Allocate_DemandAboveCapacity_ReportsUnmetAndBottlenecks()
    {
        var graph = ReferenceNetwork.Graph();
        var request = Weekly(20_000, 3);

        var result = PlanAllocator.Allocate(graph, request);

        CheckConservation(request, result);
        CheckCapacities(graph.Definition, request, result);
        var shipped = result.Flows.Sum(f => f.Quantity);
        var unmet = result.Unmet.Sum(u => u.Quantity);
        Assert.True(unmet > 0);
        Assert.Equal(3 * 20_000, shipped + unmet, 3);
        Assert.NotEmpty(result.Bottlenecks);
        Assert.Contains(result.Bottlenecks, b => b.MarginalValueUsd > 0);
    }

    [Fact]
    public void Allocate_UnreachableDestination_IsUnmetWithReason()
    {
        var graph = ReferenceNetwork.Graph();
        var request = new PlanRequest([new PlanDemand("RU-MOSCOW", "IKCO-TEHRAN", true, 10, Start, Start.AddDays(30))], Start, 4);

        var result = PlanAllocator.Allocate(graph, request);

        var unmet = Assert.Single(result.Unmet);
        Assert.Equal(10, unmet.Quantity, 6);
        Assert.Contains("no route", unmet.Reason, StringComparison.Ordinal);
    }

    public static TheoryData<string> ReferenceCases => ["feasible", "above-capacity", "mixed-many-pairs", "winter"];

    /// <summary>
    /// The allocation as shipped (reduced model, tuned GLOP parameters) against the model as stated, solved with the
    /// same parameters and with GLOP's defaults (decisions 010 and 014): same optimum, same unmet volume.
    /// </summary>
    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void Allocate_ReducedModel_HasTheFullModelsOptimum(string name)
    {
        var graph = ReferenceNetwork.Graph();
        var request = Case(name);

        var reduced = PlanAllocator.Allocate(graph, request);
        var full = PlanAllocator.Allocate(graph, request, reduce: false);
        var fullWithGlopDefaults = PlanAllocator.Allocate(graph, request, reduce: false, glopParameters: "");

        Assert.Equal("OPTIMAL", reduced.SolverStatus);
        foreach (var reference in new[] { full, fullWithGlopDefaults })
        {
            Assert.Equal("OPTIMAL", reference.SolverStatus);
            Assert.Equal(reference.TotalCostUsd, reduced.TotalCostUsd, Math.Max(1e-6, reference.TotalCostUsd * 1e-9));
            Assert.Equal(reference.Unmet.Sum(u => u.Quantity), reduced.Unmet.Sum(u => u.Quantity), 4);
        }

        Assert.Equal(full.CapacityUse.Count, reduced.CapacityUse.Count);
        CheckConservation(request, reduced);
        CheckCapacities(graph.Definition, request, reduced);
    }

    [Fact]
    public void Allocate_UnknownGlopParameter_IsRefused()
    {
        var graph = ReferenceNetwork.Graph();

        Assert.Throws<ArgumentException>(() => PlanAllocator.Allocate(graph, Weekly(10, 1), reduce: true, glopParameters: "no_such_parameter: 1"));
    }

    [Fact]
    public void Allocate_ReducedModel_ReportsThePricedBottleneckOfTheFullModel()
    {
        var graph = ReferenceNetwork.Graph();
        var request = Weekly(20_000, 3);

        var reduced = PlanAllocator.Allocate(graph, request).Bottlenecks.Where(b => b.MarginalValueUsd > 1e-6).ToList();
        var full = PlanAllocator.Allocate(graph, request, reduce: false).Bottlenecks.Where(b => b.MarginalValueUsd > 1e-6).ToList();

        Assert.NotEmpty(reduced);
        // Duals need not be unique, but the most valuable extra unit of capacity is worth the same in both models.
        Assert.Equal(full.Max(b => b.MarginalValueUsd), reduced.Max(b => b.MarginalValueUsd), 6);
    }

    /// <summary>Plans on the reference network: a feasible one, one above capacity, many pairs of both cargo kinds, and one over the winter closures.</summary>
    internal static PlanRequest Case(string name)
    {
        switch (name)
        {
            case "feasible":
                return Weekly(200, 8);
            case "above-capacity":
                return Weekly(3_000, 6);
            case "winter":
                var winter = new DateOnly(2027, 11, 29);
                return new PlanRequest(Enumerable.Range(0, 10).SelectMany(w => new[]
                {
                    new PlanDemand("SAIPA-TEHRAN", "RU-ASTRAKHAN", true, 400, winter.AddDays(7 * w), winter.AddDays((7 * w) + 20)),
                    new PlanDemand("IKCO-TEHRAN", "RU-MOSCOW", true, 600, winter.AddDays(7 * w), winter.AddDays((7 * w) + 20)),
                }).ToList(), winter, 10);
            default:
                var origins = new[] { "IKCO-TEHRAN", "SAIPA-TEHRAN", "IR-MASHHAD", "IR-QAZVIN" };
                var destinations = new[] { "RU-MOSCOW", "BY-MINSK", "RU-SAMARA", "KZ-AKTOBE", "AZ-ASTARA", "RU-ASTRAKHAN" };
                var rng = new Random(5);
                var demands = new List<PlanDemand>();
                for (var w = 0; w < 12; w++)
                {
                    foreach (var o in origins)
                    {
                        foreach (var d in destinations)
                        {
                            var vehicles = rng.Next(3) > 0;
                            demands.Add(new PlanDemand(o, d, vehicles, rng.Next(20, 400), Start.AddDays(7 * w), Start.AddDays((7 * w) + rng.Next(10, 30))));
                        }
                    }
                }

                return new PlanRequest(demands, Start, 12);
        }
    }

    internal static void CheckConservation(PlanRequest request, PlanResult result)
    {
        for (var d = 0; d < request.Demands.Count; d++)
        {
            var demand = request.Demands[d];
            var flows = result.Flows.Where(f => f.Demand == d).ToList();
            var balance = new Dictionary<string, double>();
            foreach (var f in flows)
            {
                Assert.True(f.Quantity >= 0);
                foreach (var leg in f.Route.Legs)
                {
                    balance[leg.From] = balance.GetValueOrDefault(leg.From) - f.Quantity;
                    balance[leg.To] = balance.GetValueOrDefault(leg.To) + f.Quantity;
                }
            }

            var shipped = flows.Sum(f => f.Quantity);
            foreach (var (node, net) in balance)
            {
                var expected = node == demand.Origin ? -shipped : node == demand.Destination ? shipped : 0;
                Assert.Equal(expected, net, 6);
            }

            var unmet = result.Unmet.Where(u => u.Demand == d).Sum(u => u.Quantity);
            Assert.Equal((double)demand.Quantity, shipped + unmet, 4);
        }
    }

    /// <summary>Recomputes each directed link's weekly load from the flows and compares it with capacity taken from the data, not from the solver.</summary>
    internal static void CheckCapacities(NetworkDefinition def, PlanRequest request, PlanResult result)
    {
        var start = new DateTimeOffset(request.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var load = new Dictionary<(string, string, TransportMode, int, CapacityUnit), double>();
        foreach (var f in result.Flows)
        {
            var s = (f.ShipWeek.DayNumber - request.Start.DayNumber) / 7;
            foreach (var leg in f.Route.Legs)
            {
                var week = s + (int)Math.Floor(leg.OffsetHours / 168);
                foreach (var unit in Enum.GetValues<CapacityUnit>())
                {
                    var k = (leg.From, leg.To, leg.Link.Mode, week, unit);
                    load[k] = load.GetValueOrDefault(k) + (f.Quantity * Coefficient(unit, request.Demands[f.Demand].Vehicles));
                }
            }
        }

        var checkedRows = 0;
        foreach (var ((from, to, mode, week, unit), used) in load)
        {
            var deps = def.Departures.Where(d => d.FromCode == from && d.ToCode == to && d.Mode == mode).ToList();
            double? cap;
            if (deps.Count > 0)
            {
                var inWeek = deps.Where(d => d.Unit == unit && (int)Math.Floor((d.DepartsAt - start).TotalHours / 168) == week).ToList();
                var link = def.Links.Single(l => l.Mode == mode && ((l.FromCode == from && l.ToCode == to) || (l.Bidirectional && l.FromCode == to && l.ToCode == from)));
                var open = inWeek.Where(d => link.Closure is not { } c || !c.Contains(DateOnly.FromDateTime(d.DepartsAt.UtcDateTime))).ToList();
                var anyUnit = deps.Any(d => (int)Math.Floor((d.DepartsAt - start).TotalHours / 168) == week);
                cap = open.Count > 0 ? open.Sum(d => d.Free) : anyUnit ? null : 0;
                if (!anyUnit && unit != CapacityUnit.Vehicles)
                {
                    cap = null;
                }
            }
            else
            {
                var link = def.Links.Single(l => l.Mode == mode && ((l.FromCode == from && l.ToCode == to) || (l.Bidirectional && l.FromCode == to && l.ToCode == from)));
                cap = unit switch
                {
                    CapacityUnit.Vehicles => link.CapacityVehiclesPerWeek,
                    CapacityUnit.Tonnes => (double?)link.CapacityTonnesPerWeek,
                    _ => null,
                };
            }

            if (cap is { } c2)
            {
                Assert.True(used <= c2 + 1e-6, $"{from}->{to} {mode} week {week}: {used} {unit} > capacity {c2}");
                checkedRows++;
            }
        }

        Assert.True(checkedRows > 0);
    }

    /// <summary>Units of a capacity one unit of cargo takes: a vehicle is 1.3 t, fills a TEU slot; 10 t of parts fill a vehicle slot or a TEU.</summary>
    internal static double Coefficient(CapacityUnit unit, bool vehicles) => (vehicles, unit) switch
    {
        (true, CapacityUnit.Vehicles) => 1,
        (true, CapacityUnit.Tonnes) => 1.3,
        (true, _) => 1,
        (false, CapacityUnit.Tonnes) => 1,
        (false, _) => 0.1,
    };
}
