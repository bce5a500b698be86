using Corridor.Catalog;
using Corridor.Common;

namespace Corridor.MarketAccess;

/// <summary>
/// A certificate as listed in the registry, with its status today, its full history, and whether it has expired by
/// today (<see cref="Expired"/>: its status may still say valid — nobody revoked it — but it no longer counts).
/// </summary>
public sealed record CertificateView(
    Guid Id, string Model, string Market, string Kind, string Number, string Issuer, DateOnly IssuedOn, DateOnly? ExpiresOn,
    EmissionClass? CertifiedEmissionClass, CertificateStatus Status, IReadOnlyList<StatusChangeView> History, string Source, string? Assumption,
    bool Expired = false)
{
    public static CertificateView Of(Certificate c, string modelCode, DateOnly today) => new(
        c.Id, modelCode, c.MarketIso2, c.KindCode, c.Number, c.Issuer, c.IssuedOn, c.ExpiresOn, c.CertifiedEmissionClass, c.StatusOn(today),
        c.History.OrderBy(h => h.EffectiveOn).ThenBy(h => h.RecordedAt).Select(h => new StatusChangeView(h.Status, h.EffectiveOn, h.Reason, h.RecordedAt)).ToList(),
        c.Source, c.Assumption, c.ExpiresOn is { } end && today >= end);

    /// <summary>What a person reads: "expired" for an expired certificate, else its status.</summary>
    public string StateLabel => Expired && Status == CertificateStatus.Valid ? "expired" : Status.ToString().ToLowerInvariant();
}

/// <summary>One entry of a certificate's status history.</summary>
public sealed record StatusChangeView(CertificateStatus Status, DateOnly EffectiveOn, string Reason, DateTimeOffset RecordedAt);

/// <summary>Filters of the certificate registry; null means any.</summary>
public sealed record CertificateFilter(string? Model = null, string? Market = null, string? Kind = null, CertificateStatus? Status = null, DateOnly? ExpiringBefore = null);

/// <summary>A certificate that expires within the alert window.</summary>
public sealed record ExpiryAlert(CertificateView Certificate, int DaysLeft)
{
    /// <summary>Expired on or before the day asked about (and not renewed); <see cref="DaysLeft"/> is then zero or negative.</summary>
    public bool Expired => DaysLeft <= 0;
}

/// <summary>Eligibility of every model in every market on one day.</summary>
public sealed record AccessMatrix(DateOnly Date, IReadOnlyList<string> Models, IReadOnlyList<string> Markets, IReadOnlyDictionary<(string Model, string Market), Eligibility> Cells);

/// <summary>Count, quantity and value of the impacted items of one source.</summary>
public sealed record ImpactSourceCount(string Source, int Items, int? Quantity, IReadOnlyList<Money> Value);

/// <summary>What a rule change does: models that lose or gain eligibility and when, and the items concerned, with counts.</summary>
public sealed record RuleImpactReport(
    IReadOnlyList<MarketRule> Rules, IReadOnlyList<string> Removed, DateOnly From, DateOnly? Until,
    IReadOnlyList<ModelImpact> Models, IReadOnlyList<ImpactedItem> Items, IReadOnlyList<ImpactSourceCount> Counts)
{
    public int ModelsLosing => Models.Count(m => m.LosesAny);

    public int ModelsGaining => Models.Count(m => m.GainsAny);
}
