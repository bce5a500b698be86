using Corridor.Logistics;

namespace Corridor.Tests.Logistics;

public class RouteFinderTests
{
    private static readonly DateOnly Ready = new(2027, 4, 5);

    private static RouteRequest Tehran100(params CorridorBranch[] avoid) =>
        new("IKCO-TEHRAN", "RU-MOSCOW", Cargo.Vehicles(100), Ready) { AvoidBranches = avoid, Objective = RouteObjective.Balanced };

    [Fact]
    public void Find_TehranToMoscow_ReturnsFiveRankedOptions()
    {
        var answer = RouteFinder.Find(ReferenceNetwork.Graph(), Tehran100());

        Assert.True(answer.Feasible, string.Join("; ", answer.Reasons));
        Assert.Equal(5, answer.Options.Count);
        Assert.Equal(answer.Options.Select(o => o.Score).Order(), answer.Options.Select(o => o.Score));
        foreach (var o in answer.Options)
        {
            Assert.Equal("IKCO-TEHRAN", o.Legs[0].From);
            Assert.Equal("RU-MOSCOW", o.Legs[^1].To);
            for (var i = 1; i < o.Legs.Count; i++)
            {
                Assert.Equal(o.Legs[i - 1].To, o.Legs[i].From);
                Assert.True(o.Legs[i].DepartsAt >= o.Legs[i - 1].ArrivesAt);
            }

            Assert.True(o.EtaP90 >= o.EtaP50);
            Assert.Equal(o.Legs.Sum(l => l.Cost.Amount), o.Cost.Amount);
            Assert.True(o.Co2Kg > 0);
        }
    }

    [Fact]
    public void Find_ManyQueriesOnOneGraph_AnswerAsOnAFreshGraph()
    {
        // The graph caches potentials per target and the thread reuses its label arrays: neither may leak between queries.
        var requests = new[]
        {
            Tehran100(),
            new RouteRequest("SAIPA-TEHRAN", "BY-MINSK", Cargo.Tonnes(40), Ready) { Objective = RouteObjective.Fastest, MaxOptions = 3 },
            Tehran100(CorridorBranch.TransCaspian),
            new RouteRequest("IKCO-TEHRAN", "RU-MOSCOW", Cargo.Vehicles(100), Ready) { Objective = RouteObjective.Cheapest, MaxTransshipments = 2 },
            new RouteRequest("RU-MOSCOW", "IKCO-TEHRAN", Cargo.Vehicles(10), Ready),
            new RouteRequest("IKCO-TEHRAN", "KZ-AKTOBE", Cargo.Vehicles(30), Ready) { AvoidCountries = ["TM"] },
            Tehran100(),
        };
        var shared = ReferenceNetwork.Graph();

        for (var round = 0; round < 2; round++)
        {
            foreach (var request in requests)
            {
                var expected = Describe(RouteFinder.Find(new NetworkGraph(ReferenceNetwork.Definition), request));
                Assert.Equal(expected, Describe(RouteFinder.Find(shared, request)));
            }
        }
    }

    private static string Describe(RouteAnswer answer) =>
        string.Join("\n", answer.Reasons) + "\n" + string.Join("\n", answer.Options.Select(o =>
            $"{o.Rank} {o.Cost} {o.EtaP50:O} {o.EtaP90:O} {o.Score:R}: " + string.Join(" ", o.Legs.Select(l => $"{l.From}>{l.To}:{l.Mode}@{l.DepartsAt:O}-{l.ArrivesAt:O}"))));

    [Theory]
    [InlineData(CorridorBranch.Western, CorridorBranch.TransCaspian, CorridorBranch.Eastern)]
    [InlineData(CorridorBranch.TransCaspian, CorridorBranch.Western, CorridorBranch.Eastern)]
    [InlineData(CorridorBranch.Eastern, CorridorBranch.Western, CorridorBranch.TransCaspian)]
    public void Find_WithOtherBranchesExcluded_GoesThroughTheRemainingBranch(CorridorBranch expected, CorridorBranch avoid1, CorridorBranch avoid2)
    {
        var answer = RouteFinder.Find(ReferenceNetwork.Graph(), Tehran100(avoid1, avoid2));

        Assert.True(answer.Feasible, string.Join("; ", answer.Reasons));
        foreach (var o in answer.Options)
        {
            Assert.Contains(expected, o.Branches);
            Assert.DoesNotContain(avoid1, o.Branches);
            Assert.DoesNotContain(avoid2, o.Branches);
        }
    }

    [Fact]
    public void Find_WhereRailChangesGauge_ShowsAGaugeChange()
    {
        var graph = ReferenceNetwork.Graph();
        var checkedChanges = 0;
        foreach (var branch in new[] { CorridorBranch.Western, CorridorBranch.TransCaspian, CorridorBranch.Eastern })
        {
            var others = Enum.GetValues<CorridorBranch>().Where(b => b is CorridorBranch.Western or CorridorBranch.TransCaspian or CorridorBranch.Eastern && b != branch).ToArray();
            var answer = RouteFinder.Find(graph, Tehran100(others) with { MaxOptions = 10 });
            foreach (var o in answer.Options)
            {
                for (var i = 1; i < o.Legs.Count; i++)
                {
                    var (prev, leg) = (o.Legs[i - 1], o.Legs[i]);
                    if (prev.Mode == TransportMode.Rail && leg.Mode == TransportMode.Rail && prev.GaugeMm != leg.GaugeMm)
                    {
                        Assert.True(leg.Transfer.HasFlag(Transshipments.GaugeChange), $"no gauge change at {leg.From} in option {o.Rank}");
                        Assert.True(leg.HandlingHours > 0);
                        checkedChanges++;
                    }
                    else
                    {
                        Assert.False(leg.Transfer.HasFlag(Transshipments.GaugeChange));
                    }
                }
            }
        }

        Assert.True(checkedChanges > 0, "no route crossed between 1435 and 1520 mm");
    }

    [Fact]
    public void Find_LegDocuments_FollowTheMode()
    {
        var graph = ReferenceNetwork.Graph();
        var legs = RouteFinder.Find(graph, Tehran100() with { MaxOptions = 10 }).Options
            .Concat(RouteFinder.Find(graph, Tehran100(CorridorBranch.Western, CorridorBranch.Eastern)).Options)
            .SelectMany(o => o.Legs).ToList();
        Assert.Contains(legs, l => l.Mode == TransportMode.Sea);
        Assert.Contains(legs, l => l.Mode == TransportMode.Road);
        Assert.Contains(legs, l => l.Mode == TransportMode.Rail);
        Assert.All(legs, l => Assert.Equal(l.Mode switch
        {
            TransportMode.Rail => TransportDocument.RailWaybillSmgs,
            TransportMode.Road => TransportDocument.RoadConsignmentNoteCmr,
            _ => TransportDocument.BillOfLading,
        }, l.Document));
    }

    [Fact]
    public void Find_ScheduledLeg_NamesItsDepartureAndFreeCapacity()
    {
        var answer = RouteFinder.Find(ReferenceNetwork.Graph(), Tehran100(CorridorBranch.Western, CorridorBranch.Eastern));

        var sea = answer.Options.SelectMany(o => o.Legs).Where(l => l.Mode == TransportMode.Sea).ToList();
        Assert.NotEmpty(sea);
        Assert.All(sea, l =>
        {
            Assert.NotNull(l.DepartureId);
            Assert.NotNull(l.ServiceCode);
            Assert.True(l.FreeCapacity >= 100);
        });
    }

    [Fact]
    public void Find_BorderDelays_MakeP90LaterThanP50()
    {
        var answer = RouteFinder.Find(ReferenceNetwork.Graph(), Tehran100(CorridorBranch.TransCaspian, CorridorBranch.Eastern));

        var o = answer.Options[0];
        Assert.Contains(o.Legs, l => l.BorderDwellHours > 0);
        Assert.True(o.EtaP90 > o.EtaP50);
    }

    [Fact]
    public void Find_Fastest_IsNoSlowerThanCheapest_AndCheapestNoDearer()
    {
        var graph = ReferenceNetwork.Graph();
        var fastest = RouteFinder.Find(graph, Tehran100() with { Objective = RouteObjective.Fastest }).Options[0];
        var cheapest = RouteFinder.Find(graph, Tehran100() with { Objective = RouteObjective.Cheapest }).Options[0];

        Assert.True(fastest.EtaP50 <= cheapest.EtaP50);
        Assert.True(cheapest.Cost.Amount <= fastest.Cost.Amount);
    }

    [Fact]
    public void Find_DueBeforeAnyArrival_IsInfeasibleWithReason()
    {
        var answer = RouteFinder.Find(ReferenceNetwork.Graph(), Tehran100() with { Due = Ready.AddDays(1) });

        Assert.False(answer.Feasible);
        Assert.Contains(answer.Reasons, r => r.Contains("due date", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_AvoidingEveryExit_SaysTheConstraintsExcludeAll()
    {
        var answer = RouteFinder.Find(ReferenceNetwork.Graph(), Tehran100() with { AvoidCountries = ["AZ", "TM", "KZ"], AvoidModes = [TransportMode.Sea] });

        Assert.False(answer.Feasible);
        Assert.Contains(answer.Reasons, r => r.Contains("constraints", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_CargoLargerThanEveryDeparture_SaysCapacity()
    {
        var answer = RouteFinder.Find(ReferenceNetwork.Graph(), new RouteRequest("IKCO-TEHRAN", "RU-MOSCOW", Cargo.Vehicles(5000), Ready));

        Assert.False(answer.Feasible);
        Assert.Contains(answer.Reasons, r => r.Contains("capacity", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_AstrakhanInWinter_IsNotReachedBySea()
    {
        var answer = RouteFinder.Find(ReferenceNetwork.Graph(),
            new RouteRequest("IKCO-TEHRAN", "RU-ASTRAKHAN", Cargo.Vehicles(100), new DateOnly(2027, 1, 10)) { Due = new DateOnly(2027, 2, 1), MaxOptions = 10 });

        Assert.True(answer.Feasible, string.Join("; ", answer.Reasons));
        Assert.DoesNotContain(answer.Options.SelectMany(o => o.Legs), l => l.Mode == TransportMode.Sea && l.To == "RU-ASTRAKHAN");
    }

    [Fact]
    public void Find_MaxTransshipments_IsRespected()
    {
        var answer = RouteFinder.Find(ReferenceNetwork.Graph(), Tehran100() with { MaxTransshipments = 2, MaxOptions = 10 });

        Assert.True(answer.Feasible, string.Join("; ", answer.Reasons));
        Assert.All(answer.Options, o => Assert.True(o.Transshipments <= 2));
        Assert.All(answer.Options, o => Assert.Equal(o.Legs.Count(l => l.Transfer != Transshipments.None), o.Transshipments));
    }

    [Fact]
    public void Find_UnknownNode_SaysSo()
    {
        var answer = RouteFinder.Find(ReferenceNetwork.Graph(), new RouteRequest("NOWHERE", "RU-MOSCOW", Cargo.Tonnes(10), Ready));

        Assert.Equal(["unknown origin node 'NOWHERE'"], answer.Reasons);
    }
}
