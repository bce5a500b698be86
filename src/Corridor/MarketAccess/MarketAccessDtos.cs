using Corridor.Catalog;
using Corridor.Common;

namespace Corridor.MarketAccess;

/// <summary>The wire shapes of market access, shared by the HTTP API and the command line's JSON output.</summary>
public static class MarketAccessDtos
{
    public sealed record RuleDto(
        string Code, string Market, string Kind, string Effect, string? MinEmissionClass, IReadOnlyList<string>? Categories, string? Condition, string? Origin,
        DateOnly ValidFrom, DateOnly? ValidUntil, string Title, string? LegalReference, string Source, string? Assumption);

    public sealed record ReasonDto(
        string Rule, DateOnly Since, string Message, string Problem, string Kind, string? CertificateKind, string? CertificateNumber,
        DateOnly? CertificateDay, string? RequiredClass, string? CertifiedClass);

    public sealed record MetDto(string Rule, string Message, string? CertificateNumber, DateOnly? CertificateExpiresOn, string? RelaxedBy);

    public sealed record WarningDto(string Message, string? Rule, string? CertificateNumber, DateOnly? ExpiresOn, int? DaysLeft);

    public sealed record EligibilityDto(string Model, string Market, DateOnly Date, bool Eligible, IReadOnlyList<ReasonDto> Reasons, IReadOnlyList<MetDto> Met, IReadOnlyList<WarningDto> Warnings);

    public sealed record IntervalDto(DateOnly From, DateOnly? Until, bool Eligible, string Reason, IReadOnlyList<string> Changes, IReadOnlyList<ReasonDto> Reasons);

    public sealed record CertificateDto(
        Guid Id, string Model, string Market, string Kind, string Number, string Issuer, DateOnly IssuedOn, DateOnly? ExpiresOn, string? EmissionClass,
        string Status, IReadOnlyList<StatusChangeDto> History, string Source, string? Assumption);

    public sealed record StatusChangeDto(string Status, DateOnly EffectiveOn, string Reason, DateTimeOffset RecordedAt);

    public sealed record NewCertificateDto(
        string Model, string Market, string Kind, string Number, string Issuer, DateOnly IssuedOn, DateOnly? ExpiresOn, string? EmissionClass, string Source, string? Assumption);

    public sealed record RenewCertificateDto(string Number, string? Issuer, DateOnly IssuedOn, DateOnly? ExpiresOn, string? EmissionClass, string Source, string? Assumption);

    public sealed record StatusChangeRequest(string Status, DateOnly From, string Reason);

    public sealed record AlertDto(CertificateDto Certificate, int DaysLeft);

    public sealed record ProposalDto(IReadOnlyList<RuleDto> Rules, IReadOnlyList<string>? Remove, DateOnly? From, DateOnly? Until);

    public sealed record ChangeDto(DateOnly From, DateOnly? Until, bool Lost, string Reason);

    public sealed record ModelImpactDto(string Model, string Market, IReadOnlyList<ChangeDto> Changes);

    public sealed record ItemDto(string Source, string Reference, string Model, string Market, DateOnly? Date, bool Lost, int? Quantity, string? Value, string Message);

    public sealed record CountDto(string Source, int Items, int? Quantity, IReadOnlyList<string> Value);

    public sealed record ImpactDto(
        IReadOnlyList<string> Rules, IReadOnlyList<string> Removed, DateOnly From, DateOnly? Until, int ModelsLosing, int ModelsGaining,
        IReadOnlyList<ModelImpactDto> Models, IReadOnlyList<ItemDto> Items, IReadOnlyList<CountDto> Counts);

    public sealed record MatrixCellDto(string Model, string Market, bool Eligible, string Reason);

    public sealed record MatrixDto(DateOnly Date, IReadOnlyList<string> Models, IReadOnlyList<string> Markets, IReadOnlyList<MatrixCellDto> Cells);

    public static RuleDto ToDto(MarketRule r) => new(
        r.Code, r.MarketIso2, r.KindCode, Lower(r.Effect), r.MinEmissionClass?.ToText(), r.Scope.Categories.Select(c => c.ToString()).ToList(),
        r.Condition is { } c ? Lower(c) : null, r.Origin is { } o ? Lower(o) : null, r.ValidFrom, r.ValidUntil, r.Title, r.LegalReference, r.Source, r.Assumption);

    /// <summary>Builds a rule from its wire shape; an <see cref="ArgumentException"/> names the field.</summary>
    /// <exception cref="ArgumentException">A field is invalid.</exception>
    public static MarketRule FromDto(RuleDto d, IReadOnlyDictionary<string, RequirementKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (!kinds.TryGetValue(d.Kind ?? "", out var kind))
        {
            throw new ArgumentException($"unknown kind '{d.Kind}'; known kinds: {string.Join(", ", kinds.Keys.Order(StringComparer.Ordinal))}", "kind");
        }

        if (!CountryCode.TryParse(d.Market, out var market))
        {
            throw new ArgumentException($"'{d.Market}' is not an ISO 3166-1 alpha-2 code", "market");
        }

        var effect = ParseEnum<RuleEffect>(d.Effect ?? "require", "effect");
        EmissionClass? klass = null;
        if (!string.IsNullOrWhiteSpace(d.MinEmissionClass))
        {
            klass = EmissionClassText.TryParse(d.MinEmissionClass, out var c) ? c : throw new ArgumentException($"'{d.MinEmissionClass}' is not one of Euro-0 … Euro-6", "min_emission_class");
        }

        if (!RuleScope.TryParseCategories(string.Join(' ', d.Categories ?? []), out var categories, out var error))
        {
            throw new ArgumentException(error, "categories");
        }

        var scope = new RuleScope(categories, d.Condition is null ? null : ParseEnum<VehicleCondition>(d.Condition, "condition"), d.Origin is null ? null : ParseEnum<SupplyOrigin>(d.Origin, "origin"));
        return new MarketRule(d.Code, market, kind, effect, klass, scope, d.ValidFrom, d.ValidUntil, d.Title, d.LegalReference, d.Source, d.Assumption);
    }

    public static ReasonDto ToDto(UnmetRequirement r) => new(
        r.Rule, r.Since, r.Message, ToSnake(r.Problem.ToString()), r.Kind, r.CertificateKind, r.CertificateNumber, r.CertificateDay,
        r.RequiredClass?.ToText(), r.CertifiedClass?.ToText());

    public static EligibilityDto ToDto(Eligibility e) => new(
        e.Model, e.Market, e.Date, e.Eligible, e.Reasons.Select(ToDto).ToList(),
        e.Met.Select(m => new MetDto(m.Rule, m.Message, m.CertificateNumber, m.CertificateExpiresOn, m.RelaxedBy)).ToList(),
        e.Warnings.Select(w => new WarningDto(w.Message, w.Rule, w.CertificateNumber, w.ExpiresOn, w.DaysLeft)).ToList());

    public static IntervalDto ToDto(TimelineInterval i) => new(i.From, i.Until, i.Eligible, i.Reason, i.Changes, i.Reasons.Select(ToDto).ToList());

    public static CertificateDto ToDto(CertificateView c) => new(
        c.Id, c.Model, c.Market, c.Kind, c.Number, c.Issuer, c.IssuedOn, c.ExpiresOn, c.CertifiedEmissionClass?.ToText(), Lower(c.Status),
        c.History.Select(h => new StatusChangeDto(Lower(h.Status), h.EffectiveOn, h.Reason, h.RecordedAt)).ToList(), c.Source, c.Assumption);

    public static ImpactDto ToDto(RuleImpactReport r) => new(
        r.Rules.Select(x => x.Code).ToList(), r.Removed, r.From, r.Until, r.ModelsLosing, r.ModelsGaining,
        r.Models.Select(m => new ModelImpactDto(m.Model.Code, m.Market, m.Changes.Select(c => new ChangeDto(c.From, c.Until, c.Lost, c.Reason)).ToList())).ToList(),
        r.Items.Select(i => new ItemDto(i.Source, i.Reference, i.Model, i.Market, i.Date, i.Lost, i.Quantity, i.Value?.ToString(), i.Message)).ToList(),
        r.Counts.Select(c => new CountDto(c.Source, c.Items, c.Quantity, c.Value.Select(v => v.ToString()).ToList())).ToList());

    public static MatrixDto ToDto(AccessMatrix m) => new(
        m.Date, m.Models, m.Markets,
        m.Cells.Select(kv => new MatrixCellDto(kv.Key.Model, kv.Key.Market, kv.Value.Eligible, CellReason(kv.Value))).ToList());

    /// <summary>One line for a matrix cell: the unmet requirements, or what lets the model in.</summary>
    public static string CellReason(Eligibility e) =>
        !e.Eligible ? string.Join("; ", e.Reasons.Select(r => r.Message))
        : e.Met.Count > 0 ? string.Join("; ", e.Met.Select(m => m.Message))
        : e.Warnings.Count > 0 ? e.Warnings[0].Message
        : "no requirement applies";

    public static T ParseEnum<T>(string text, string field)
        where T : struct, Enum =>
        Enum.TryParse<T>(text.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var v) && Enum.IsDefined(v)
            ? v
            : throw new ArgumentException($"'{text}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(n => ToSnake(n)))}", field);

    private static string Lower<T>(T value)
        where T : struct, Enum => ToSnake(value.ToString());

    private static string ToSnake(string name) =>
        string.Concat(name.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
