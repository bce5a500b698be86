using Corridor.Catalog;

namespace Corridor.MarketAccess;

/// <summary>
/// A requirement a model does not meet on a day: the rule, the day since which it is in force (its start, or
/// the end of the last relaxation of it), what is wrong, and the certificate concerned if there is one.
/// </summary>
public sealed record UnmetRequirement(
    string Rule, string RuleTitle, string Kind, DateOnly Since, UnmetProblem Problem,
    string? CertificateKind, string? CertificateNumber, DateOnly? CertificateDay,
    EmissionClass? RequiredClass, EmissionClass? CertifiedClass, string Message);

/// <summary>A requirement that is met on a day: by a certificate, or because a relaxation suspends it.</summary>
public sealed record MetRequirement(string Rule, string RuleTitle, string? CertificateNumber, DateOnly? CertificateExpiresOn, string? RelaxedBy, string Message);

/// <summary>Something to act on although the answer is eligible, e.g. a certificate that expires soon.</summary>
public sealed record AccessWarning(string? Rule, string? CertificateNumber, DateOnly? ExpiresOn, int? DaysLeft, string Message);

/// <summary>The answer for (model, market, day): eligible when no requirement in force is unmet.</summary>
public sealed record Eligibility(
    string Model, string Market, DateOnly Date, bool Eligible,
    IReadOnlyList<UnmetRequirement> Reasons, IReadOnlyList<MetRequirement> Met, IReadOnlyList<AccessWarning> Warnings);

/// <summary>
/// One interval of a timeline, half-open <c>[From, Until)</c> (<see cref="Until"/> null = from then on), in which
/// the answer and its reasons do not change. <see cref="Changes"/> says what happened on <see cref="From"/>.
/// </summary>
public sealed record TimelineInterval(
    DateOnly From, DateOnly? Until, bool Eligible, string Reason, IReadOnlyList<UnmetRequirement> Reasons, IReadOnlyList<string> Changes);
