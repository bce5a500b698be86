using Corridor.Common;

namespace Corridor.MarketAccess;

/// <summary>
/// One entry of a certificate's status history: from <see cref="EffectiveOn"/> on, the certificate has
/// <see cref="Status"/>. Entries are appended, never changed; <see cref="RecordedAt"/> says when it was written.
/// </summary>
public sealed class CertificateStatusChange : IOrganisationOwned
{
    private CertificateStatusChange()
    {
        Reason = "";
    }

    internal CertificateStatusChange(Guid certificateId, CertificateStatus status, DateOnly effectiveOn, string reason, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        CertificateId = certificateId;
        Status = status;
        EffectiveOn = effectiveOn;
        Reason = reason;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    /// <summary>Stamped by the data layer like the certificate's own, so the history is isolated per organisation too.</summary>
    public Guid OrganisationId { get; private set; }

    public Guid CertificateId { get; private set; }

    public CertificateStatus Status { get; private set; }

    /// <summary>First day the status holds.</summary>
    public DateOnly EffectiveOn { get; private set; }

    public string Reason { get; private set; }

    /// <summary>When the change was written (UTC), from the injected clock.</summary>
    public DateTimeOffset RecordedAt { get; private set; }
}
