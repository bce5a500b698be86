using Corridor.Catalog;
using Corridor.Common;
using Corridor.MarketAccess;

namespace Corridor.Bench.MarketAccess;

/// <summary>
/// A generated world for the market-access benchmarks: <see cref="ModelCount"/> models, <see cref="MarketCount"/>
/// markets, each market with rules that tighten over 20 years (2006–2025: emission classes stepping up, type
/// approval, emergency call, a used-vehicle certificate, a relaxation window, category-specific rules), and 0–3
/// certificates per model and market, some expired, some revoked. Fixed seed: every run sees the same data.
/// </summary>
internal sealed class GeneratedAccessData
{
    public const int ModelCount = 200;
    public const int MarketCount = 50;
    public static readonly DateOnly Start = new(2006, 1, 1);
    public static readonly DateOnly End = new(2026, 1, 1);

    private static readonly DateTimeOffset Recorded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public GeneratedAccessData(int seed = 42)
    {
        var random = new Random(seed);
        var emission = new RequirementKind("MIN-EMISSION-CLASS", "Minimum emission class", RequirementEvidence.CertifiedEmissionClass, ["OTTS", "SBKTS"], "generated");
        var approval = new RequirementKind("TYPE-APPROVAL", "Type approval", RequirementEvidence.Certificate, ["OTTS"], "generated");
        var single = new RequirementKind("SINGLE-VEHICLE-CERTIFICATE", "Single-vehicle certificate", RequirementEvidence.Certificate, ["SBKTS"], "generated");
        var ecall = new RequirementKind("EMERGENCY-CALL", "Emergency call", RequirementEvidence.Certificate, ["ECALL"], "generated");
        Kinds = [emission, approval, single, ecall];

        Markets = Enumerable.Range(0, MarketCount).Select(i => $"{(char)('A' + i / 26)}{(char)('A' + i % 26)}").ToList();
        var categories = new[] { VehicleCategory.M1, VehicleCategory.M1, VehicleCategory.M1, VehicleCategory.N1, VehicleCategory.N3 };
        Models = Enumerable.Range(0, ModelCount).Select(i => new ModelProfile(Guid.NewGuid(), $"MODEL-{i:000}", categories[i % categories.Length])).ToList();

        var rules = new List<MarketRule>();
        foreach (var market in Markets)
        {
            var code = CountryCode.Parse(market);
            var year = 2006 + random.Next(0, 3);
            for (var klass = EmissionClass.Euro2; klass <= EmissionClass.Euro6 && year < 2026; klass++, year += random.Next(2, 5))
            {
                rules.Add(Rule($"{market}-E{(int)klass}", code, emission, RuleEffect.Require, klass, RuleScope.All, new DateOnly(year, 1, 1), null));
                rules.Add(Rule($"{market}-E{(int)klass}-HEAVY", code, emission, RuleEffect.Require, klass, new RuleScope([VehicleCategory.N3], null, null), new DateOnly(year + 2, 1, 1), null));
            }

            rules.Add(Rule($"{market}-OTTS", code, approval, RuleEffect.Require, null, new RuleScope(null, VehicleCondition.New, null), new DateOnly(2010 + random.Next(0, 6), 1, 1), null));
            rules.Add(Rule($"{market}-SBKTS", code, single, RuleEffect.Require, null, new RuleScope(null, VehicleCondition.Used, SupplyOrigin.Import), new DateOnly(2012, 7, 1), null));
            rules.Add(Rule($"{market}-ECALL", code, ecall, RuleEffect.Require, null, new RuleScope([VehicleCategory.M1, VehicleCategory.N1], null, null), new DateOnly(2014 + random.Next(0, 6), 1, 1), null));
            var relief = new DateOnly(2018 + random.Next(0, 6), 3 + random.Next(0, 6), 1);
            rules.Add(Rule($"{market}-RELIEF-E", code, emission, RuleEffect.Lower, EmissionClass.Euro0, RuleScope.All, relief, relief.AddMonths(12 + random.Next(0, 12))));
            rules.Add(Rule($"{market}-RELIEF-ECALL", code, ecall, RuleEffect.Suspend, null, RuleScope.All, relief, relief.AddMonths(5)));
        }

        Rules = rules;

        var certificates = new List<Certificate>();
        var number = 0;
        foreach (var model in Models)
        {
            foreach (var market in Markets)
            {
                var code = CountryCode.Parse(market);
                var issued = new DateOnly(2008 + random.Next(0, 10), 1 + random.Next(0, 12), 1);
                for (var c = random.Next(0, 4); c > 0; c--)
                {
                    var expires = issued.AddYears(1 + random.Next(0, 3));
                    var klass = (EmissionClass)random.Next(3, 7);
                    var otts = new Certificate(model.Id, code, "OTTS", $"OTTS-{++number}", "Generated body", issued, expires, klass, "generated", null, Recorded);
                    if (random.Next(0, 10) == 0)
                    {
                        otts.Revoke(issued.AddMonths(6), "generated revocation", Recorded);
                    }

                    certificates.Add(otts);
                    certificates.Add(new Certificate(model.Id, code, "ECALL", $"ECALL-{++number}", "Generated body", issued, expires, null, "generated", null, Recorded));
                    issued = expires.AddMonths(random.Next(0, 8));
                }
            }
        }

        Certificates = certificates;
    }

    public IReadOnlyList<RequirementKind> Kinds { get; }

    public IReadOnlyList<string> Markets { get; }

    public IReadOnlyList<ModelProfile> Models { get; }

    public IReadOnlyList<MarketRule> Rules { get; }

    public IReadOnlyList<Certificate> Certificates { get; }

    private static MarketRule Rule(string code, CountryCode market, RequirementKind kind, RuleEffect effect, EmissionClass? klass, RuleScope scope, DateOnly from, DateOnly? until) =>
        new(code, market, kind, effect, klass, scope, from, until, code, null, "generated");
}
