using Corridor.Catalog;
using Corridor.MarketAccess;
using static Corridor.Tests.MarketAccess.AccessBuilder;

namespace Corridor.Tests.MarketAccess;

public class TimelineTests
{
    [Fact]
    public void Timeline_CutsAtRuleAndCertificateDays_AndMergesEqualNeighbours()
    {
        var rules = new[]
        {
            Rule("E4", Emission, "2010-01-01", klass: EmissionClass.Euro4),
            Rule("E5", Emission, "2016-01-01", klass: EmissionClass.Euro5),
            Rule("UNRELATED-N3", Emission, "2012-01-01", klass: EmissionClass.Euro5, categories: [VehicleCategory.N3]),
        };
        var engine = Engine(rules, [Cert(Car, "OTTS", "A", "2014-06-01", "2016-06-01", EmissionClass.Euro4)]);

        var t = engine.Timeline(Car, "RU", D("2000-01-01"));

        Assert.Equal(
            [(D("2000-01-01"), (DateOnly?)D("2010-01-01"), true), (D("2010-01-01"), D("2014-06-01"), false),
             (D("2014-06-01"), D("2016-01-01"), true), (D("2016-01-01"), D("2016-06-01"), false), (D("2016-06-01"), null, false)],
            t.Select(i => (i.From, i.Until, i.Eligible)));
        Assert.Contains("rule E4", t[1].Changes[0], StringComparison.Ordinal);
        Assert.Contains("E5", t[3].Reason, StringComparison.Ordinal);
        Assert.Contains("expired", t[4].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_WindowEnd_ClosesLastInterval()
    {
        var engine = Engine([Rule("E4", Emission, "2010-01-01", klass: EmissionClass.Euro4)]);
        var t = engine.Timeline(Car, "RU", D("2005-01-01"), D("2012-01-01"));
        Assert.Equal(2, t.Count);
        Assert.Equal(D("2012-01-01"), t[^1].Until);
    }

    [Fact]
    public void Diff_ProposedStricterRule_ReportsLostPeriod()
    {
        var before = Engine([Rule("E4", Emission, "2010-01-01", klass: EmissionClass.Euro4)],
            [Cert(Car, "OTTS", "A", "2009-01-01", null, EmissionClass.Euro4), Cert(Van, "OTTS", "B", "2009-01-01", null, EmissionClass.Euro5)]);
        var after = before.WithRules([Rule("E5", Emission, "2020-01-01", "2025-01-01", klass: EmissionClass.Euro5)]);

        var impact = RuleImpactAnalyzer.Compare(before, after, [Car, Van], ["RU"], D("2000-01-01"), null);

        var only = Assert.Single(impact);
        Assert.Equal("CAR", only.Model.Code);
        var change = Assert.Single(only.Changes);
        Assert.True(change.Lost);
        Assert.Equal((D("2020-01-01"), (DateOnly?)D("2025-01-01")), (change.From, change.Until));
        Assert.Contains("E5", change.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_RelaxationProposed_ReportsGain()
    {
        var before = Engine([Rule("ERA", EmergencyCall, "2017-01-01")]);
        var after = before.WithRules([Rule("ERA-PAUSE", EmergencyCall, "2022-05-01", "2022-10-01", effect: RuleEffect.Suspend)]);
        var change = Assert.Single(Assert.Single(RuleImpactAnalyzer.Compare(before, after, [Car], ["RU"], D("2020-01-01"), null)).Changes);
        Assert.False(change.Lost);
        Assert.Equal(D("2022-05-01"), change.From);
    }
}
