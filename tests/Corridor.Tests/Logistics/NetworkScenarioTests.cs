using Corridor.Logistics;

namespace Corridor.Tests.Logistics;

public class NetworkScenarioTests
{
    private static readonly ScenarioChange[] RashtAstaraRail =
    [
        new(ScenarioChangeKind.NewLink) { From = "IR-RASHT", To = "IR-ASTARA", Mode = TransportMode.Rail, GaugeMm = 1435, DistanceKm = 162, TransitHours = 5.4m, CostPerVehicleUsd = 24.3m, CostPerTonneUsd = 6.48m, CapacityVehiclesPerWeek = 600, Branch = CorridorBranch.Western },
        new(ScenarioChangeKind.NodeFacilities) { Node = "IR-ASTARA", Gauges = "1435;1520", Transshipments = "gauge_change;rail_truck" },
    ];

    [Fact]
    public void Apply_RashtAstaraRailway_RoutesByRailWithGaugeChangeAtAstara_AndLeavesBaselineUntouched()
    {
        var baseline = ReferenceNetwork.Definition;
        var linksBefore = baseline.Links.Count;

        var scenario = NetworkScenario.Apply(baseline, RashtAstaraRail);

        Assert.True(scenario.Succeeded, string.Join("; ", scenario.Errors));
        var request = new RouteRequest("IKCO-TEHRAN", "RU-MOSCOW", Cargo.Vehicles(100), new DateOnly(2027, 4, 5)) { AvoidBranches = [CorridorBranch.TransCaspian, CorridorBranch.Eastern], Objective = RouteObjective.Cheapest };
        var withRail = RouteFinder.Find(new NetworkGraph(scenario.Value), request);
        var best = withRail.Options[0];
        Assert.Contains(best.Legs, l => l.From == "IR-RASHT" && l.To == "IR-ASTARA" && l.Mode == TransportMode.Rail);
        Assert.Contains("IR-ASTARA", best.GaugeChangeNodes);

        Assert.Equal(linksBefore, baseline.Links.Count);
        Assert.Equal(Gauges.Broad1520, baseline.Nodes.Single(n => n.Code == "IR-ASTARA").Gauges);
        Assert.DoesNotContain(RouteFinder.Find(new NetworkGraph(baseline), request).Options.SelectMany(o => o.Legs), l => l.From == "IR-RASHT" && l.To == "IR-ASTARA" && l.Mode == TransportMode.Rail);
    }

    [Fact]
    public void Apply_LinkClosedForAPeriod_IsNotUsedThen()
    {
        var closed = NetworkScenario.Apply(ReferenceNetwork.Definition,
        [
            new ScenarioChange(ScenarioChangeKind.LinkClosed) { From = "IR-RASHT", To = "IR-ASTARA", Mode = TransportMode.Road, ClosedFrom = new DateOnly(2027, 4, 1), ClosedUntil = new DateOnly(2027, 5, 1) },
        ]).Value;
        var request = new RouteRequest("IKCO-TEHRAN", "RU-MOSCOW", Cargo.Vehicles(100), new DateOnly(2027, 4, 5)) { MaxOptions = 10 };

        var answer = RouteFinder.Find(new NetworkGraph(closed), request);

        Assert.True(answer.Feasible);
        Assert.DoesNotContain(answer.Options.SelectMany(o => o.Legs), l => l.From == "IR-RASHT" && l.To == "IR-ASTARA" && l.Mode == TransportMode.Road
            && l.DepartsAt < new DateTimeOffset(2027, 5, 1, 0, 0, 0, TimeSpan.Zero));
        var fastest = RouteFinder.Find(new NetworkGraph(closed), request with { Objective = RouteObjective.Fastest }).Options[0];
        Assert.DoesNotContain(fastest.Legs, l => l.From == "IR-RASHT" && l.To == "IR-ASTARA" && l.Mode == TransportMode.Road);
    }

    [Fact]
    public void Apply_BorderDelay_ChangesTheEta()
    {
        var request = new RouteRequest("IKCO-TEHRAN", "RU-MOSCOW", Cargo.Vehicles(100), new DateOnly(2027, 4, 5)) { AvoidBranches = [CorridorBranch.TransCaspian, CorridorBranch.Eastern], AvoidModes = [TransportMode.Sea], AvoidNodes = ["IR-AZ-ASTARA-RAIL"] };
        var before = RouteFinder.Find(ReferenceNetwork.Graph(), request).Options[0];
        var slower = NetworkScenario.Apply(ReferenceNetwork.Definition, [new ScenarioChange(ScenarioChangeKind.BorderDelay) { Node = "IR-AZ-ASTARA-ROAD", MedianDelayHours = 72, P90DelayHours = 200 }]).Value;

        var after = RouteFinder.Find(new NetworkGraph(slower), request).Options[0];

        Assert.Equal(TimeSpan.FromHours(72 - 24), after.EtaP50 - before.EtaP50);
    }

    [Fact]
    public void Apply_UnknownLink_FailsWithReason()
    {
        var result = NetworkScenario.Apply(ReferenceNetwork.Definition, [new ScenarioChange(ScenarioChangeKind.LinkCapacity) { From = "IR-RASHT", To = "RU-MOSCOW", Mode = TransportMode.Rail, CapacityVehiclesPerWeek = 1 }]);

        Assert.False(result.Succeeded);
        Assert.Contains("no rail link IR-RASHT -> RU-MOSCOW", result.Errors[0], StringComparison.Ordinal);
    }
}
