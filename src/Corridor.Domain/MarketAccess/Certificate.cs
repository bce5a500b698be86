using Corridor.Catalog;
using Corridor.Common;

namespace Corridor.MarketAccess;

/// <summary>
/// A certificate that lets one model of an organisation's catalogue into one market: a type approval (OTTS),
/// a single-vehicle certificate (SBKTS), an emergency-call conformity certificate, or any kind the
/// requirement kinds name. It is in force over <c>[IssuedOn, ExpiresOn)</c> — <see cref="ExpiresOn"/> is the
/// first day it no longer counts — and only on days its status is <see cref="CertificateStatus.Valid"/>.
/// The status is a history of appended <see cref="CertificateStatusChange"/>s; nothing is overwritten.
/// </summary>
public sealed class Certificate : IOrganisationOwned
{
    private readonly List<CertificateStatusChange> _history = [];

    private Certificate()
    {
        MarketIso2 = KindCode = Number = Issuer = Source = "";
    }

    /// <exception cref="ArgumentException">A field is missing or the expiry is not after the issue date; the parameter name is the CSV column.</exception>
    public Certificate(
        Guid modelId, CountryCode market, string kind, string number, string issuer, DateOnly issuedOn, DateOnly? expiresOn,
        EmissionClass? certifiedEmissionClass, string source, string? assumption, DateTimeOffset recordedAt)
    {
        Id = Guid.CreateVersion7();
        ModelId = modelId;
        MarketIso2 = market.Value ?? throw new ArgumentException("market is required.", "market");
        KindCode = Guard.Code(kind, "kind");
        Number = Guard.Text(number, "number", 100);
        Issuer = Guard.Text(issuer, "issuer", 200);
        if (expiresOn is { } e && e <= issuedOn)
        {
            throw new ArgumentException($"the certificate expires ({e:yyyy-MM-dd}) before it is issued ({issuedOn:yyyy-MM-dd}); expires_on is the first day it no longer counts.", "expires_on");
        }

        IssuedOn = issuedOn;
        ExpiresOn = expiresOn;
        CertifiedEmissionClass = certifiedEmissionClass;
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
        _history.Add(new CertificateStatusChange(Id, CertificateStatus.Valid, issuedOn, "issued", recordedAt));
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ModelId { get; private set; }

    public VehicleModel? Model { get; private set; }

    /// <summary>Attributes the certificate to a model of the same organisation (an import resolves model codes only after the models are written).</summary>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public void AssignModel(Guid modelId) => ModelId = modelId != Guid.Empty ? modelId : throw new ArgumentException("model is required.", "model");

    public string MarketIso2 { get; private set; }

    /// <summary>Certificate kind, e.g. <c>OTTS</c>, <c>SBKTS</c>, <c>ERA-GLONASS</c>.</summary>
    public string KindCode { get; private set; }

    public string Number { get; private set; }

    public string Issuer { get; private set; }

    /// <summary>First day in force.</summary>
    public DateOnly IssuedOn { get; private set; }

    /// <summary>First day no longer in force; null = no expiry.</summary>
    public DateOnly? ExpiresOn { get; private set; }

    /// <summary>The emission class the certificate attests, if it attests one.</summary>
    public EmissionClass? CertifiedEmissionClass { get; private set; }

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    /// <summary>Status changes in the order they take effect; the first is <see cref="CertificateStatus.Valid"/> on the issue day.</summary>
    public IReadOnlyCollection<CertificateStatusChange> History => _history;

    /// <summary>The latest status in the history, whatever its day.</summary>
    public CertificateStatus CurrentStatus => _history.Count == 0 ? CertificateStatus.Valid : _history.MaxBy(h => (h.EffectiveOn, h.RecordedAt))!.Status;

    /// <summary>The status that holds on <paramref name="day"/>.</summary>
    public CertificateStatus StatusOn(DateOnly day)
    {
        var status = CertificateStatus.Valid;
        foreach (var h in _history.OrderBy(h => h.EffectiveOn).ThenBy(h => h.RecordedAt))
        {
            if (h.EffectiveOn > day)
            {
                break;
            }

            status = h.Status;
        }

        return status;
    }

    public bool IsInForceOn(DateOnly day) => day >= IssuedOn && (ExpiresOn is null || day < ExpiresOn.Value) && StatusOn(day) == CertificateStatus.Valid;

    public Result<CertificateStatusChange> Suspend(DateOnly from, string reason, DateTimeOffset recordedAt) => ChangeStatus(CertificateStatus.Suspended, from, reason, recordedAt);

    public Result<CertificateStatusChange> Reinstate(DateOnly from, string reason, DateTimeOffset recordedAt) => ChangeStatus(CertificateStatus.Valid, from, reason, recordedAt);

    public Result<CertificateStatusChange> Revoke(DateOnly from, string reason, DateTimeOffset recordedAt) => ChangeStatus(CertificateStatus.Revoked, from, reason, recordedAt);

    /// <summary>
    /// Appends a status change. Refused when the certificate is revoked (final), when the day is before the issue
    /// day or before the last recorded change, or when the status would not change.
    /// </summary>
    public Result<CertificateStatusChange> ChangeStatus(CertificateStatus status, DateOnly from, string reason, DateTimeOffset recordedAt)
    {
        if (!Enum.IsDefined(status))
        {
            return Result<CertificateStatusChange>.Failure($"'{status}' is not a certificate status");
        }

        var last = _history.Count == 0 ? null : _history.MaxBy(h => (h.EffectiveOn, h.RecordedAt));
        if (last?.Status == CertificateStatus.Revoked)
        {
            return Result<CertificateStatusChange>.Failure($"certificate {Number} was revoked on {last.EffectiveOn:yyyy-MM-dd}; a revocation is final");
        }

        if (from < IssuedOn)
        {
            return Result<CertificateStatusChange>.Failure($"status_on {from:yyyy-MM-dd} is before the issue day {IssuedOn:yyyy-MM-dd}");
        }

        if (last is not null && from < last.EffectiveOn)
        {
            return Result<CertificateStatusChange>.Failure($"status_on {from:yyyy-MM-dd} is before the last recorded change ({last.Status.ToString().ToLowerInvariant()} from {last.EffectiveOn:yyyy-MM-dd}); history is appended in order");
        }

        if ((last?.Status ?? CertificateStatus.Valid) == status)
        {
            return Result<CertificateStatusChange>.Failure($"certificate {Number} is already {status.ToString().ToLowerInvariant()}");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<CertificateStatusChange>.Failure("a status change needs a reason");
        }

        var change = new CertificateStatusChange(Id, status, from, reason.Trim(), recordedAt);
        _history.Add(change);
        return Result<CertificateStatusChange>.Success(change);
    }

    /// <summary>Copies the descriptive fields (not the key, not the status history) from <paramref name="o"/>; returns whether anything changed.</summary>
    public bool UpdateFrom(Certificate o)
    {
        var changed = Issuer != o.Issuer || IssuedOn != o.IssuedOn || ExpiresOn != o.ExpiresOn
            || CertifiedEmissionClass != o.CertifiedEmissionClass || Source != o.Source || Assumption != o.Assumption;
        (Issuer, IssuedOn, ExpiresOn, CertifiedEmissionClass, Source, Assumption) =
            (o.Issuer, o.IssuedOn, o.ExpiresOn, o.CertifiedEmissionClass, o.Source, o.Assumption);
        return changed;
    }
}
