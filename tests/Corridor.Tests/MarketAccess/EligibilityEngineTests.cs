using Corridor.Catalog;
using Corridor.MarketAccess;
using static Corridor.Tests.MarketAccess.AccessBuilder;

namespace Corridor.Tests.MarketAccess;

public class EligibilityEngineTests
{
    private static readonly MarketRule Euro4 = Rule("RU-E4", Emission, "2010-01-01", klass: EmissionClass.Euro4);

    [Fact]
    public void Check_BeforeRuleStarts_IsEligible()
    {
        var engine = Engine([Euro4]);
        var e = engine.Check(Car, "RU", D("2009-12-31"));
        Assert.True(e.Eligible);
        Assert.Empty(e.Reasons);
    }

    [Fact]
    public void Check_OnTheDayRuleStarts_IsBlockedNamingRuleAndMissingCertificate()
    {
        var e = Engine([Euro4]).Check(Car, "RU", D("2010-01-01"));
        Assert.False(e.Eligible);
        var reason = Assert.Single(e.Reasons);
        Assert.Equal("RU-E4", reason.Rule);
        Assert.Equal(D("2010-01-01"), reason.Since);
        Assert.Equal(UnmetProblem.CertificateMissing, reason.Problem);
        Assert.Contains("Euro-4", reason.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OnTheDayCertificateExpires_IsBlockedAsExpired_DayBeforeEligible()
    {
        var cert = Cert(Car, "OTTS", "A-1", "2014-06-01", "2016-06-01", EmissionClass.Euro4);
        var engine = Engine([Euro4], [cert]);
        Assert.True(engine.Check(Car, "RU", D("2016-05-31")).Eligible);
        var e = engine.Check(Car, "RU", D("2016-06-01"));
        Assert.False(e.Eligible);
        var reason = Assert.Single(e.Reasons);
        Assert.Equal(UnmetProblem.CertificateExpired, reason.Problem);
        Assert.Equal("A-1", reason.CertificateNumber);
        Assert.Equal(D("2016-06-01"), reason.CertificateDay);
    }

    [Fact]
    public void Check_CertificateIssuedLater_IsMissingAndNamesTheNextOne()
    {
        var engine = Engine([Euro4], [Cert(Car, "OTTS", "A-1", "2014-06-01", null, EmissionClass.Euro4)]);
        var reason = Assert.Single(engine.Check(Car, "RU", D("2014-05-31")).Reasons);
        Assert.Equal(UnmetProblem.CertificateMissing, reason.Problem);
        Assert.Equal(D("2014-06-01"), reason.CertificateDay);
        Assert.Contains("A-1 is issued on 2014-06-01", reason.Message, StringComparison.Ordinal);
        Assert.True(engine.Check(Car, "RU", D("2014-06-01")).Eligible);
    }

    [Fact]
    public void Check_OverlappingRules_ReportsEveryUnmetOne()
    {
        var euro5 = Rule("RU-E5", Emission, "2016-01-01", klass: EmissionClass.Euro5);
        var otts = Rule("RU-OTTS", TypeApproval, "2015-01-01");
        var cert = Cert(Car, "OTTS", "A-1", "2014-06-01", "2020-01-01", EmissionClass.Euro4);
        var engine = Engine([Euro4, euro5, otts], [cert]);

        Assert.True(engine.Check(Car, "RU", D("2015-12-31")).Eligible);
        var e = engine.Check(Car, "RU", D("2016-01-01"));
        Assert.False(e.Eligible);
        var reason = Assert.Single(e.Reasons);
        Assert.Equal("RU-E5", reason.Rule);
        Assert.Equal(UnmetProblem.EmissionClassInsufficient, reason.Problem);
        Assert.Equal(EmissionClass.Euro5, reason.RequiredClass);
        Assert.Equal(EmissionClass.Euro4, reason.CertifiedClass);
        Assert.Equal(2, e.Met.Count);

        var later = engine.Check(Car, "RU", D("2020-01-01"));
        Assert.Equal(["RU-E4", "RU-E5", "RU-OTTS"], later.Reasons.Select(r => r.Rule).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Check_RelaxationSuspendsRequirement_AndSinceMovesToItsEnd()
    {
        var era = Rule("RU-ERA", EmergencyCall, "2017-01-01");
        var pause = Rule("RU-ERA-PAUSE", EmergencyCall, "2022-05-01", "2022-10-01", effect: RuleEffect.Suspend);
        var engine = Engine([era, pause]);

        Assert.False(engine.Check(Car, "RU", D("2022-04-30")).Eligible);
        var during = engine.Check(Car, "RU", D("2022-05-01"));
        Assert.True(during.Eligible);
        Assert.Equal("RU-ERA-PAUSE", Assert.Single(during.Met).RelaxedBy);
        var after = Assert.Single(engine.Check(Car, "RU", D("2022-10-01")).Reasons);
        Assert.Equal("RU-ERA", after.Rule);
        Assert.Equal(D("2022-10-01"), after.Since);
    }

    [Fact]
    public void Check_RelaxationLowersEmissionClass_Euro4CertificateSuffices()
    {
        var euro5 = Rule("RU-E5", Emission, "2016-01-01", klass: EmissionClass.Euro5);
        var lower = Rule("RU-LOW", Emission, "2022-05-01", "2023-06-01", klass: EmissionClass.Euro0, effect: RuleEffect.Lower);
        var engine = Engine([euro5, lower], [Cert(Car, "OTTS", "A-1", "2021-01-01", null, EmissionClass.Euro4)]);

        Assert.False(engine.Check(Car, "RU", D("2022-04-30")).Eligible);
        var e = engine.Check(Car, "RU", D("2022-05-01"));
        Assert.True(e.Eligible);
        Assert.Contains("lowered to Euro-0 by RU-LOW", Assert.Single(e.Met).Message, StringComparison.Ordinal);
        Assert.False(engine.Check(Car, "RU", D("2023-06-01")).Eligible);
    }

    [Fact]
    public void Check_RevokedCertificate_BlocksFromRevocationDay()
    {
        var cert = Cert(Car, "OTTS", "A-1", "2014-06-01", null, EmissionClass.Euro5);
        Assert.True(cert.Revoke(D("2018-03-01"), "false declaration", Recorded).Succeeded);
        var engine = Engine([Euro4], [cert]);

        Assert.True(engine.Check(Car, "RU", D("2018-02-28")).Eligible);
        var reason = Assert.Single(engine.Check(Car, "RU", D("2018-03-01")).Reasons);
        Assert.Equal(UnmetProblem.CertificateRevoked, reason.Problem);
        Assert.Equal(D("2018-03-01"), reason.CertificateDay);
    }

    [Fact]
    public void Check_SuspendedThenReinstated_FollowsHistory()
    {
        var cert = Cert(Car, "OTTS", "A-1", "2014-06-01", null, EmissionClass.Euro5);
        Assert.True(cert.Suspend(D("2015-01-01"), "inspection", Recorded).Succeeded);
        Assert.True(cert.Reinstate(D("2015-03-01"), "inspection passed", Recorded).Succeeded);
        var engine = Engine([Euro4], [cert]);

        Assert.Equal(UnmetProblem.CertificateSuspended, Assert.Single(engine.Check(Car, "RU", D("2015-02-01")).Reasons).Problem);
        Assert.True(engine.Check(Car, "RU", D("2015-03-01")).Eligible);
        Assert.Equal(3, cert.History.Count);
    }

    [Fact]
    public void Check_RuleForM1Only_DoesNotCoverN1Van()
    {
        var m1Only = Rule("RU-M1", Emission, "2010-01-01", klass: EmissionClass.Euro4, categories: [VehicleCategory.M1]);
        var engine = Engine([m1Only]);
        Assert.False(engine.Check(Car, "RU", D("2012-01-01")).Eligible);
        var van = engine.Check(Van, "RU", D("2012-01-01"));
        Assert.True(van.Eligible);
        Assert.Empty(van.Met);
    }

    [Fact]
    public void Check_RuleForUsedVehiclesOnly_DoesNotCoverNewExports()
    {
        var sbkts = Rule("RU-SBKTS", TypeApproval, "2015-01-01", condition: VehicleCondition.Used);
        var engine = Engine([sbkts]);
        Assert.True(engine.Check(Car, "RU", D("2016-01-01")).Eligible);
        Assert.False(engine.Check(Car with { Condition = VehicleCondition.Used }, "RU", D("2016-01-01")).Eligible);
    }

    [Fact]
    public void Check_MarketWithoutRules_IsEligibleWithWarning()
    {
        var e = Engine([Euro4]).Check(Car, "VE", D("2016-01-01"));
        Assert.True(e.Eligible);
        Assert.Contains("no rules are recorded for market VE", Assert.Single(e.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CertificateExpiringWithinWindow_Warns()
    {
        var engine = Engine([Euro4], [Cert(Car, "OTTS", "A-1", "2014-06-01", "2016-06-01", EmissionClass.Euro4)]);
        var w = Assert.Single(engine.Check(Car, "RU", D("2016-04-01"), warningDays: 90).Warnings);
        Assert.Equal(61, w.DaysLeft);
        Assert.Empty(engine.Check(Car, "RU", D("2016-02-01"), warningDays: 90).Warnings);
    }

    [Fact]
    public void Check_OneCertificateMeetingSeveralRules_GivesOneWarningNamingThemAll()
    {
        var otts = Rule("RU-OTTS", TypeApproval, "2015-01-01");
        var engine = Engine([Euro4, otts], [Cert(Car, "OTTS", "A-1", "2014-06-01", "2016-06-01", EmissionClass.Euro4)]);
        var w = Assert.Single(engine.Check(Car, "RU", D("2016-05-01")).Warnings);
        Assert.Contains("RU-E4, RU-OTTS will be unmet", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OtherMarketsCertificate_DoesNotCount()
    {
        var engine = Engine([Euro4], [Cert(Car, "OTTS", "BY-1", "2009-01-01", null, EmissionClass.Euro5, market: "BY")]);
        Assert.Equal(UnmetProblem.CertificateMissing, Assert.Single(engine.Check(Car, "RU", D("2012-01-01")).Reasons).Problem);
    }

    [Fact]
    public void Create_RuleWithUnknownKind_Throws()
    {
        var orphan = Rule("X", new RequirementKind("NOISE", "Noise", RequirementEvidence.Certificate, ["NOISE"], "test"), "2010-01-01");
        Assert.Throws<ArgumentException>(() => Engine([orphan]));
    }
}
