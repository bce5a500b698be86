using Corridor.Catalog;
using Corridor.Common;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.MarketAccess;

/// <summary>The acting organisation's certificates: the registry with filters, expiry alerts, new certificates and status changes.</summary>
public sealed class CertificateRegistry(CorridorDbContext db, TimeProvider clock)
{
    /// <summary>Expiry alerts look this many days ahead unless told otherwise.</summary>
    public const int DefaultAlertDays = 90;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IReadOnlyList<CertificateView>> ListAsync(CertificateFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Set<Certificate>().AsNoTracking().Include(c => c.History).Include(c => c.Model).AsQueryable();
        if (filter.Market is { Length: > 0 } market)
        {
            query = query.Where(c => c.MarketIso2 == market.ToUpperInvariant());
        }

        if (filter.Kind is { Length: > 0 } kind)
        {
            query = query.Where(c => c.KindCode == kind.ToUpperInvariant());
        }

        if (filter.Model is { Length: > 0 } model)
        {
            query = query.Where(c => c.Model!.Code == model.ToUpperInvariant());
        }

        if (filter.ExpiringBefore is { } before)
        {
            query = query.Where(c => c.ExpiresOn != null && c.ExpiresOn < before);
        }

        var today = Today;
        var list = (await query.ToListAsync(ct))
            .Select(c => CertificateView.Of(c, c.Model?.Code ?? "?", today))
            .Where(v => filter.Status is null || v.Status == filter.Status)
            .OrderBy(v => v.Model, StringComparer.Ordinal).ThenBy(v => v.Market, StringComparer.Ordinal).ThenBy(v => v.IssuedOn)
            .ToList();
        return list;
    }

    public async Task<CertificateView?> FindAsync(Guid id, CancellationToken ct = default)
    {
        var c = await db.Set<Certificate>().AsNoTracking().Include(x => x.History).Include(x => x.Model).FirstOrDefaultAsync(x => x.Id == id, ct);
        return c is null ? null : CertificateView.Of(c, c.Model?.Code ?? "?", Today);
    }

    /// <summary>
    /// Certificates recorded valid that expire within <paramref name="days"/> days of <paramref name="from"/> (default
    /// today), and every one that has expired by then while still recorded valid — however long ago: an expired
    /// certificate nobody dealt with is the most urgent alert of all, and it stays until the certificate is renewed
    /// (another certificate of the same model, market and kind in force on the day this one stops counting, which also
    /// silences an alert ahead of expiry) or its status is recorded (revoked or suspended, with a reason). Soonest (most
    /// overdue) first; <see cref="ExpiryAlert.DaysLeft"/> is zero or negative once expired.
    /// </summary>
    public async Task<IReadOnlyList<ExpiryAlert>> ExpiringAsync(int days = DefaultAlertDays, DateOnly? from = null, CancellationToken ct = default)
    {
        var start = from ?? Today;
        var window = Math.Max(0, days);
        var end = start.AddDays(window);
        var all = await ListAsync(new CertificateFilter(ExpiringBefore: end.AddDays(1)), ct);
        var candidates = all.Where(v => v.ExpiresOn is not null && v.Status == CertificateStatus.Valid).ToList();
        var others = candidates.Count == 0
            ? []
            : await db.Set<Certificate>().AsNoTracking().Include(c => c.History).Include(c => c.Model).ToListAsync(ct);

        // Renewed: another certificate of the same model, market and kind is in force on the day this one stops counting
        // (its expiry day, or today for one that has expired already).
        bool Renewed(CertificateView v)
        {
            var day = v.ExpiresOn!.Value > start ? v.ExpiresOn.Value : start;
            return others.Any(c => c.Id != v.Id && c.Model?.Code == v.Model && c.MarketIso2 == v.Market && c.KindCode == v.Kind && c.IsInForceOn(day));
        }

        return candidates.Where(v => !Renewed(v))
            .Select(v => new ExpiryAlert(v, v.ExpiresOn!.Value.DayNumber - start.DayNumber))
            .OrderBy(a => a.DaysLeft).ThenBy(a => a.Certificate.Number, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Adds a certificate for a model of the organisation; errors name the field.</summary>
    public async Task<Result<CertificateView>> AddAsync(
        string model, string market, string kind, string number, string issuer, DateOnly issuedOn, DateOnly? expiresOn,
        EmissionClass? emissionClass, string source, string? assumption, CancellationToken ct = default)
    {
        var errors = new List<string>();
        var m = await db.VehicleModels.FirstOrDefaultAsync(v => v.Code == model.ToUpperInvariant(), ct);
        if (m is null)
        {
            errors.Add($"model: unknown model '{model}'");
        }

        if (!CountryCode.TryParse(market, out var iso) || !await db.Markets.AnyAsync(x => x.Iso2 == iso.Value, ct))
        {
            errors.Add($"market: unknown market '{market}'");
        }

        var kinds = (await db.Set<RequirementKind>().AsNoTracking().ToListAsync(ct)).SelectMany(k => k.SatisfiedBy).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!kinds.Contains(kind))
        {
            errors.Add($"kind: unknown certificate kind '{kind}'; known: {string.Join(", ", kinds.Order(StringComparer.Ordinal))}");
        }

        if (errors.Count > 0)
        {
            return Result<CertificateView>.Failure(errors);
        }

        Certificate cert;
        try
        {
            cert = new Certificate(m!.Id, iso, kind, number, issuer, issuedOn, expiresOn, emissionClass, source, assumption, clock.GetUtcNow());
        }
        catch (ArgumentException ex)
        {
            return Result<CertificateView>.Failure($"{ex.ParamName}: {ex.Message.Split(" (Parameter")[0]}");
        }

        if (await db.Set<Certificate>().AnyAsync(c => c.MarketIso2 == cert.MarketIso2 && c.KindCode == cert.KindCode && c.Number == cert.Number, ct))
        {
            return Result<CertificateView>.Failure($"number: certificate {cert.KindCode} {cert.Number} for {cert.MarketIso2} exists already");
        }

        db.Add(cert);
        await db.SaveChangesAsync(ct);
        return Result<CertificateView>.Success(CertificateView.Of(cert, m.Code, Today));
    }

    /// <summary>
    /// Renews a certificate: records its successor for the same model, market and kind (issuer and attested emission
    /// class taken from the old one unless given), with a new number, period and evidence. The old certificate keeps its
    /// own period and history; once the successor is in force on the day the old one expires, the old one raises no
    /// expiry alert. Null when there is no such certificate; errors name the field.
    /// </summary>
    public async Task<Result<CertificateView>?> RenewAsync(
        Guid id, string number, string? issuer, DateOnly issuedOn, DateOnly? expiresOn, EmissionClass? emissionClass, string source, string? assumption, CancellationToken ct = default)
    {
        var old = await db.Set<Certificate>().AsNoTracking().Include(c => c.Model).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (old is null)
        {
            return null;
        }

        return await AddAsync(old.Model?.Code ?? "", old.MarketIso2, old.KindCode, number, string.IsNullOrWhiteSpace(issuer) ? old.Issuer : issuer, issuedOn, expiresOn,
            emissionClass ?? old.CertifiedEmissionClass, source, assumption, ct);
    }

    /// <summary>Appends a status change to a certificate of the organisation; null when there is no such certificate.</summary>
    public async Task<Result<CertificateView>?> ChangeStatusAsync(Guid id, CertificateStatus status, DateOnly from, string reason, CancellationToken ct = default)
    {
        var cert = await db.Set<Certificate>().Include(c => c.History).Include(c => c.Model).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cert is null)
        {
            return null;
        }

        var change = cert.ChangeStatus(status, from, reason, clock.GetUtcNow());
        if (!change.Succeeded)
        {
            return Result<CertificateView>.Failure(change.Errors);
        }

        await db.SaveChangesAsync(ct);
        return Result<CertificateView>.Success(CertificateView.Of(cert, cert.Model?.Code ?? "?", Today));
    }
}
