using Corridor.Catalog;
using Corridor.Common;

namespace Corridor.MarketAccess;

/// <summary>
/// One rule of a destination market, shared reference data: a requirement of a <see cref="RequirementKind"/>
/// (<see cref="RuleEffect.Require"/>) or a temporary relaxation of one (<see cref="RuleEffect.Suspend"/>,
/// <see cref="RuleEffect.Lower"/>), for the vehicles in <see cref="Scope"/>, in force over the half-open
/// period <c>[ValidFrom, ValidUntil)</c> (<see cref="ValidUntil"/> null = until further notice).
/// </summary>
public sealed class MarketRule
{
    private MarketRule()
    {
        Code = MarketIso2 = KindCode = Title = CategoriesText = Source = "";
    }

    /// <param name="minEmissionClass">The class asked for (<see cref="RuleEffect.Require"/>) or allowed (<see cref="RuleEffect.Lower"/>);
    /// required exactly when the kind's evidence is a certified emission class and the effect is not <see cref="RuleEffect.Suspend"/>.</param>
    /// <exception cref="ArgumentException">A field is missing or inconsistent; the parameter name is the CSV column.</exception>
    public MarketRule(
        string code, CountryCode market, RequirementKind kind, RuleEffect effect, EmissionClass? minEmissionClass,
        RuleScope scope, DateOnly validFrom, DateOnly? validUntil, string title, string? legalReference, string source, string? assumption = null)
    {
        ArgumentNullException.ThrowIfNull(kind);
        Code = Guard.Code(code, "code");
        MarketIso2 = market.Value ?? throw new ArgumentException("market is required.", "market");
        KindCode = kind.Code;
        Effect = Enum.IsDefined(effect) ? effect : throw new ArgumentException($"'{effect}' is not an effect.", "effect");
        var needsClass = kind.Evidence == RequirementEvidence.CertifiedEmissionClass && effect != RuleEffect.Suspend;
        if (needsClass && minEmissionClass is null)
        {
            throw new ArgumentException($"a {effect.ToString().ToLowerInvariant()} rule of kind {kind.Code} needs an emission class.", "min_emission_class");
        }

        if (!needsClass && minEmissionClass is not null)
        {
            throw new ArgumentException($"kind {kind.Code} with effect {effect.ToString().ToLowerInvariant()} takes no emission class.", "min_emission_class");
        }

        if (effect == RuleEffect.Lower && kind.Evidence != RequirementEvidence.CertifiedEmissionClass)
        {
            throw new ArgumentException($"only an emission-class kind can be lowered; use suspend for {kind.Code}.", "effect");
        }

        MinEmissionClass = minEmissionClass;
        CategoryMask = scope.CategoryMask;
        CategoriesText = string.Join(" ", scope.Categories);
        Condition = scope.Condition;
        Origin = scope.Origin;
        if (validUntil is { } u && u <= validFrom)
        {
            throw new ArgumentException($"the period ends ({u:yyyy-MM-dd}) before it starts ({validFrom:yyyy-MM-dd}); valid_until is the first day the rule no longer applies.", "valid_until");
        }

        ValidFrom = validFrom;
        ValidUntil = validUntil;
        Title = Guard.Text(title, "title", 300);
        LegalReference = string.IsNullOrWhiteSpace(legalReference) ? null : Guard.Text(legalReference, "legal_reference", 300);
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Natural key, e.g. <c>RU-EURO4-2010</c>.</summary>
    public string Code { get; private set; }

    /// <summary>ISO 3166-1 alpha-2 of the market.</summary>
    public string MarketIso2 { get; private set; }

    public string KindCode { get; private set; }

    public RuleEffect Effect { get; private set; }

    public EmissionClass? MinEmissionClass { get; private set; }

    /// <summary>Bit mask as in <see cref="RuleScope.CategoryMask"/>.</summary>
    public int CategoryMask { get; private set; }

    /// <summary>The categories, space-separated, for people reading the table; empty = every category.</summary>
    public string CategoriesText { get; private set; }

    public VehicleCondition? Condition { get; private set; }

    public SupplyOrigin? Origin { get; private set; }

    public RuleScope Scope => new(
        Enum.GetValues<VehicleCategory>().Where(c => (CategoryMask & (1 << (int)c)) != 0), Condition, Origin);

    /// <summary>First day the rule applies.</summary>
    public DateOnly ValidFrom { get; private set; }

    /// <summary>First day the rule no longer applies; null = open-ended.</summary>
    public DateOnly? ValidUntil { get; private set; }

    public DateRange Validity => new(ValidFrom, ValidUntil);

    public string Title { get; private set; }

    /// <summary>The legal act, e.g. <c>TR CU 018/2011</c>.</summary>
    public string? LegalReference { get; private set; }

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    public bool IsRelaxation => Effect != RuleEffect.Require;

    public bool UpdateFrom(MarketRule o)
    {
        var changed = MarketIso2 != o.MarketIso2 || KindCode != o.KindCode || Effect != o.Effect || MinEmissionClass != o.MinEmissionClass
            || CategoryMask != o.CategoryMask || Condition != o.Condition || Origin != o.Origin || ValidFrom != o.ValidFrom
            || ValidUntil != o.ValidUntil || Title != o.Title || LegalReference != o.LegalReference || Source != o.Source || Assumption != o.Assumption;
        (MarketIso2, KindCode, Effect, MinEmissionClass, CategoryMask, CategoriesText, Condition, Origin) =
            (o.MarketIso2, o.KindCode, o.Effect, o.MinEmissionClass, o.CategoryMask, o.CategoriesText, o.Condition, o.Origin);
        (ValidFrom, ValidUntil, Title, LegalReference, Source, Assumption) = (o.ValidFrom, o.ValidUntil, o.Title, o.LegalReference, o.Source, o.Assumption);
        return changed;
    }
}
