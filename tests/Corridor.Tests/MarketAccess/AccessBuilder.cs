using Corridor.Catalog;
using Corridor.Common;
using Corridor.MarketAccess;

namespace Corridor.Tests.MarketAccess;

/// <summary>Builds small rule sets for engine tests.</summary>
internal static class AccessBuilder
{
    public static readonly DateTimeOffset Recorded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly RequirementKind Emission = new("MIN-EMISSION-CLASS", "Minimum emission class", RequirementEvidence.CertifiedEmissionClass, ["OTTS", "SBKTS"], "test");
    public static readonly RequirementKind TypeApproval = new("TYPE-APPROVAL", "Vehicle type approval", RequirementEvidence.Certificate, ["OTTS"], "test");
    public static readonly RequirementKind EmergencyCall = new("EMERGENCY-CALL", "Emergency call system", RequirementEvidence.Certificate, ["ERA-GLONASS"], "test");

    public static IReadOnlyList<RequirementKind> Kinds => [Emission, TypeApproval, EmergencyCall];

    public static ModelProfile Car { get; } = new(Guid.NewGuid(), "CAR", VehicleCategory.M1);

    public static ModelProfile Van { get; } = new(Guid.NewGuid(), "VAN", VehicleCategory.N1);

    public static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public static MarketRule Rule(
        string code, RequirementKind kind, string from, string? until = null, EmissionClass? klass = null,
        RuleEffect effect = RuleEffect.Require, VehicleCategory[]? categories = null, VehicleCondition? condition = null, string market = "RU") =>
        new(code, CountryCode.Parse(market), kind, effect, klass, new RuleScope(categories, condition, null), D(from), until is null ? null : D(until),
            code + " title", null, "test");

    public static Certificate Cert(ModelProfile model, string kind, string number, string issued, string? expires = null, EmissionClass? klass = null, string market = "RU") =>
        new(model.Id, CountryCode.Parse(market), kind, number, "Test issuer", D(issued), expires is null ? null : D(expires), klass, "test", null, Recorded);

    public static EligibilityEngine Engine(IEnumerable<MarketRule> rules, IEnumerable<Certificate>? certificates = null) =>
        EligibilityEngine.Create(Kinds, rules, certificates ?? []);
}
