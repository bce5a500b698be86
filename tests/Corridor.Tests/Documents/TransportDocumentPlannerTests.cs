using Corridor.Documents;
using Corridor.Logistics;
using Corridor.Tests.Logistics;

namespace Corridor.Tests.Documents;

/// <summary>The route → transport document set, on synthetic legs and on the reference network's three branches, with the rules of data/reference.</summary>
public sealed class TransportDocumentPlannerTests
{
    private static readonly DateOnly Ready = new(2027, 4, 5);

    private static IReadOnlyList<LegDocumentRule> Rules()
    {
        var set = DocumentRuleSet.Load(ReferenceNetwork.Folder);
        Assert.True(set.Succeeded, string.Join("\n", set.Errors));
        return set.Value.Legs;
    }

    private static DocumentLeg Leg(string from, string to, string fromCountry, string toCountry, TransportMode mode, Transshipments transfer = Transshipments.None) =>
        new(from, to, fromCountry, toCountry, mode, transfer);

    [Fact]
    public void Plan_ConsecutiveRailLegsWithGaugeChange_ShareOneNote()
    {
        var legs = new[]
        {
            Leg("A", "B", "IR", "IR", TransportMode.Rail),
            Leg("B", "C", "IR", "TM", TransportMode.Rail),
            Leg("C", "D", "TM", "KZ", TransportMode.Rail, Transshipments.GaugeChange),
            Leg("D", "E", "KZ", "RU", TransportMode.Rail),
        };

        var plan = TransportDocumentPlanner.Plan(legs, Rules());

        var note = Assert.Single(plan);
        Assert.Equal(DocumentType.RailConsignmentNote, note.Type);
        Assert.Equal([0, 1, 2, 3], note.Legs);
        Assert.Equal(("A", "E"), (note.From, note.To));
    }

    [Fact]
    public void Plan_RailFerryWithoutTransshipment_RidesOnTheRailNote()
    {
        var legs = new[]
        {
            Leg("A", "P", "AZ", "AZ", TransportMode.Rail),
            Leg("P", "Q", "AZ", "TM", TransportMode.Sea),
            Leg("Q", "R", "TM", "TM", TransportMode.Rail),
        };

        var note = Assert.Single(TransportDocumentPlanner.Plan(legs, Rules()));
        Assert.Equal(DocumentType.RailConsignmentNote, note.Type);
        Assert.Equal([0, 1, 2], note.Legs);
        Assert.Contains("rail ferry", note.Reason);
    }

    [Fact]
    public void Plan_SeaLegWithShipRailTransfer_IsABillOfLadingBetweenTwoNotes()
    {
        var legs = new[]
        {
            Leg("A", "P", "IR", "IR", TransportMode.Rail),
            Leg("P", "Q", "IR", "RU", TransportMode.Sea, Transshipments.ShipRail),
            Leg("Q", "R", "RU", "RU", TransportMode.Rail, Transshipments.ShipRail),
        };

        var plan = TransportDocumentPlanner.Plan(legs, Rules());

        Assert.Equal([DocumentType.RailConsignmentNote, DocumentType.BillOfLading, DocumentType.RailConsignmentNote], plan.Select(p => p.Type));
        Assert.Equal([1], plan[1].Legs);
    }

    [Fact]
    public void Plan_DomesticTruckLeg_NeedsNoDocument_InternationalOneACmr()
    {
        var legs = new[]
        {
            Leg("PLANT", "PORT", "IR", "IR", TransportMode.Road),
            Leg("PORT", "X", "IR", "RU", TransportMode.Sea, Transshipments.ShipTruck),
            Leg("X", "Y", "RU", "BY", TransportMode.Road, Transshipments.ShipTruck),
        };

        var plan = TransportDocumentPlanner.Plan(legs, Rules());

        Assert.Equal([DocumentType.BillOfLading, DocumentType.RoadConsignmentNote], plan.Select(p => p.Type));
        Assert.Equal([2], plan[1].Legs);
    }

    [Theory]
    [InlineData(CorridorBranch.Western, CorridorBranch.TransCaspian, CorridorBranch.Eastern)]
    [InlineData(CorridorBranch.TransCaspian, CorridorBranch.Western, CorridorBranch.Eastern)]
    [InlineData(CorridorBranch.Eastern, CorridorBranch.Western, CorridorBranch.TransCaspian)]
    public void Plan_ReferenceBranch_GivesOneDocumentPerContractOfCarriage(CorridorBranch branch, CorridorBranch avoid1, CorridorBranch avoid2)
    {
        var request = new RouteRequest("IKCO-TEHRAN", "RU-MOSCOW", Cargo.Vehicles(100), Ready) { AvoidBranches = [avoid1, avoid2] };
        var route = RouteFinder.Find(ReferenceNetwork.Graph(), request).Options[0];
        Assert.Contains(branch, route.Branches);
        var countries = ReferenceNetwork.Definition.Nodes.ToDictionary(n => n.Code, n => n.Country);
        var legs = route.Legs.Select(l => new DocumentLeg(l.From, l.To, countries[l.From], countries[l.To], l.Mode, l.Transfer)).ToList();

        var plan = TransportDocumentPlanner.Plan(legs, Rules());

        // Expected from the legs themselves: every maximal run of rail legs is one note, every sea leg one bill of
        // lading (unless it is a rail ferry), and a run of road legs a CMR note only when it crosses a border.
        var expected = new List<DocumentType>();
        for (var i = 0; i < legs.Count; i++)
        {
            var mode = legs[i].Mode;
            var j = i;
            while (mode != TransportMode.Sea && j + 1 < legs.Count && legs[j + 1].Mode == mode)
            {
                j++;
            }

            var crosses = legs[i].FromCountry != legs[j].ToCountry || Enumerable.Range(i, j - i + 1).Any(k => legs[k].FromCountry != legs[k].ToCountry);
            if (mode == TransportMode.Rail)
            {
                expected.Add(DocumentType.RailConsignmentNote);
            }
            else if (mode == TransportMode.Sea)
            {
                expected.Add(DocumentType.BillOfLading);
            }
            else if (crosses)
            {
                expected.Add(DocumentType.RoadConsignmentNote);
            }

            i = j;
        }

        Assert.Equal(expected, plan.Select(p => p.Type));
        Assert.Equal(legs.Count(l => l.Mode == TransportMode.Rail), plan.Where(p => p.Type == DocumentType.RailConsignmentNote).Sum(p => p.Legs.Count));
        if (branch == CorridorBranch.TransCaspian)
        {
            Assert.Contains(DocumentType.BillOfLading, plan.Select(p => p.Type));
        }

        if (branch == CorridorBranch.Eastern)
        {
            var note = Assert.Single(plan, p => p.Type == DocumentType.RailConsignmentNote && p.Legs.Count > 1);
            Assert.True(note.Legs.Zip(note.Legs.Skip(1)).All(p => p.Second == p.First + 1));
        }
    }

    [Theory]
    [InlineData("IR", "RU", "2026-11-20", "CT-3")]
    [InlineData("IR", "BY", "2026-11-20", "CT-3")]
    [InlineData("IR", "RU", "2018-01-10", "general")]
    [InlineData("IR", "VE", "2026-11-20", "general")]
    [InlineData("RU", "BY", "2026-11-20", "ST-1")]
    public void OriginCertificate_ByRule_FormAndReason(string origin, string destination, string day, string form)
    {
        var set = DocumentRuleSet.Load(ReferenceNetwork.Folder).Value;

        var choice = OriginCertificateRule.Choose(set.Origins, origin, destination, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.NotNull(choice);
        Assert.Equal(form, choice.Form);
        Assert.Contains(origin, choice.Reason);
    }

    [Fact]
    public void Load_BadRow_NamesFileLineAndField()
    {
        var folder = Path.Combine(Path.GetTempPath(), "corridor-doc-rules-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, DocumentRuleSet.LegFile), "mode,scope,document,combine_consecutive,rail_ferry,source,assumption\nrail,any,rail_consignment_note,true,false,x,\nair,any,bill_of_lading,false,false,x,\n");
            File.WriteAllText(Path.Combine(folder, DocumentRuleSet.OriginFile), "priority,form,origin_countries,destination_countries,valid_from,valid_until,reason,source,assumption\n1,general,IRN,,,,r,s,\n");

            var set = DocumentRuleSet.Load(folder);

            Assert.False(set.Succeeded);
            Assert.Contains(set.Errors, e => e.StartsWith("document-rules.csv:3: mode:", StringComparison.Ordinal));
            Assert.Contains(set.Errors, e => e.StartsWith("origin-certificate-rules.csv:2: origin_countries:", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
