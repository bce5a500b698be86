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

    private static void CheckConservation(PlanRequest request, PlanResult result)
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
    private static void CheckCapacities(NetworkDefinition def, PlanRequest request, PlanResult result)
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
                    load[k] = load.GetValueOrDefault(k) + (f.Quantity * Coefficient(unit));
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

    private static double Coefficient(CapacityUnit unit) => unit switch
    {
        CapacityUnit.Vehicles => 1,
        CapacityUnit.Tonnes => 1.3,
        _ => 1,
    };
}
