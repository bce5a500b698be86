using System.Runtime.CompilerServices;
using Corridor.Catalog;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.MarketAccess;

/// <summary>
/// <c>certificates.csv</c>: an organisation's certificates, one per row, keyed by market, kind and number.
/// <c>model</c> refers to vehicle-models.csv or a stored model. The <c>status</c> columns give the latest status;
/// when it differs from the stored one a change is appended to the certificate's history (never overwritten).
/// </summary>
public sealed class CertificateImporter(TimeProvider clock) : CsvEntityImporter<Certificate>
{
    private readonly ConditionalWeakTable<Certificate, string> _modelOf = [];
    private HashSet<string>? _storedModels;
    private HashSet<string>? _markets;
    private HashSet<string>? _certificateKinds;
    private Dictionary<string, Certificate>? _stored;

    public override string FileName => "certificates.csv";

    public override int Order => 130;

    public override bool OrganisationScoped => true;

    protected override IReadOnlyList<string> Header { get; } =
        ["model", "market", "kind", "number", "issuer", "issued_on", "expires_on", "emission_class", "status", "status_on", "status_reason", "source", "assumption"];

    protected override string KeyColumn => "number";

    protected override Certificate? Parse(CsvRow row, ImportContext context)
    {
        LoadReferences(context);
        var model = row.Required("model").ToUpperInvariant();
        if (model.Length > 0 && !_storedModels!.Contains(model) && !context.Provides("model", model))
        {
            row.Error("model", $"unknown model '{model}' (not in vehicle-models.csv nor stored)");
        }

        var market = row.RequiredCountry("market");
        if (market.Value is { } iso && !MarketAccessReferences.MarketKnown(context, _markets!, iso))
        {
            row.Error("market", $"unknown market '{iso}' (not in markets.csv nor stored)");
        }

        var kind = row.Required("kind").ToUpperInvariant();
        if (kind.Length > 0 && !_certificateKinds!.Contains(kind))
        {
            row.Error("kind", $"unknown certificate kind '{kind}'; the requirement kinds name {string.Join(", ", _certificateKinds!.Order(StringComparer.Ordinal))}");
        }

        var number = row.Required("number");
        var issuer = row.Required("issuer");
        var issued = row.RequiredDate("issued_on");
        var expires = row.OptionalDate("expires_on");
        EmissionClass? klass = null;
        if (row.Optional("emission_class") is { } text)
        {
            if (EmissionClassText.TryParse(text, out var c))
            {
                klass = c;
            }
            else
            {
                row.Error("emission_class", $"'{text}' is not one of Euro-0 … Euro-6");
            }
        }

        var status = row.OptionalEnum<CertificateStatus>("status") ?? CertificateStatus.Valid;
        var statusOn = row.OptionalDate("status_on");
        if (status != CertificateStatus.Valid && statusOn is null && row.Optional("status_on") is null)
        {
            row.Error("status_on", $"is required when status is {status.ToString().ToLowerInvariant()}");
        }

        var source = row.Required("source");
        var now = clock.GetUtcNow();
        var cert = row.Build(() => new Certificate(Guid.Empty, market, kind, number, issuer, issued, expires, klass, source, row.Optional("assumption"), now));
        if (cert is null)
        {
            return null;
        }

        var reason = row.Optional("status_reason") ?? $"recorded by import of {FileName}";
        if (status != CertificateStatus.Valid && !Check(row, cert.ChangeStatus(status, statusOn ?? issued, reason, now)))
        {
            return null;
        }

        if (_stored!.TryGetValue(KeyOf(cert), out var existing) && existing.CurrentStatus != status)
        {
            // Try the change on a throw-away copy of the stored history, so the error is reported now and nothing is half-applied.
            var probe = new Certificate(existing.ModelId, market, existing.KindCode, existing.Number, existing.Issuer, existing.IssuedOn, existing.ExpiresOn, null, existing.Source, null, now);
            foreach (var h in existing.History.OrderBy(h => h.EffectiveOn).ThenBy(h => h.RecordedAt).Skip(1))
            {
                probe.ChangeStatus(h.Status, h.EffectiveOn, h.Reason, h.RecordedAt);
            }

            if (!Check(row, probe.ChangeStatus(status, statusOn ?? existing.IssuedOn, reason, now)))
            {
                return null;
            }
        }

        _modelOf.AddOrUpdate(cert, model);
        return cert;
    }

    protected override string KeyOf(Certificate entity) => $"{entity.MarketIso2}|{entity.KindCode}|{entity.Number}";

    protected override Task<Dictionary<string, Certificate>> LoadExistingAsync(CorridorDbContext db, CancellationToken ct) =>
        db.Set<Certificate>().Include(c => c.History).ToDictionaryAsync(KeyOf, StringComparer.OrdinalIgnoreCase, ct);

    protected override async Task ResolveReferencesAsync(Certificate entity, ImportContext context, CancellationToken ct)
    {
        var code = _modelOf.TryGetValue(entity, out var m) ? m : "";
        var id = context.Db.VehicleModels.Local.FirstOrDefault(v => string.Equals(v.Code, code, StringComparison.OrdinalIgnoreCase))?.Id
            ?? await context.Db.VehicleModels.Where(v => v.Code == code).Select(v => v.Id).SingleAsync(ct);
        entity.AssignModel(id);
    }

    protected override bool Update(Certificate existing, Certificate incoming)
    {
        var changed = existing.UpdateFrom(incoming);
        if (existing.ModelId != incoming.ModelId)
        {
            existing.AssignModel(incoming.ModelId);
            changed = true;
        }

        var last = incoming.History.MaxBy(h => (h.EffectiveOn, h.RecordedAt))!;
        if (existing.CurrentStatus != last.Status)
        {
            var appended = existing.ChangeStatus(last.Status, last.EffectiveOn, last.Reason, clock.GetUtcNow());
            changed |= appended.Succeeded;
        }

        return changed;
    }

    private static bool Check<T>(CsvRow row, Corridor.Common.Result<T> result)
    {
        foreach (var e in result.Errors)
        {
            row.Error("status", e);
        }

        return result.Succeeded;
    }

    private void LoadReferences(ImportContext context)
    {
        if (_stored is not null)
        {
            return;
        }

        var db = context.Db;
        _storedModels = db.VehicleModels.Select(v => v.Code).ToList().ToHashSet(StringComparer.OrdinalIgnoreCase);
        _markets = MarketAccessReferences.StoredMarketsAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        var kinds = MarketAccessReferences.KindsAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        _certificateKinds = kinds.Values.SelectMany(k => k.SatisfiedBy).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _stored = db.Set<Certificate>().AsNoTracking().Include(c => c.History).ToList().ToDictionary(KeyOf, StringComparer.OrdinalIgnoreCase);
    }

    protected override async Task<IReadOnlyList<string?[]>> RowsForExportAsync(CorridorDbContext db, CancellationToken ct) =>
        (await db.Set<Certificate>().AsNoTracking().Include(c => c.History).Include(c => c.Model)
            .OrderBy(c => c.MarketIso2).ThenBy(c => c.KindCode).ThenBy(c => c.Number).ToListAsync(ct))
            .Select(c =>
            {
                var last = c.History.MaxBy(h => (h.EffectiveOn, h.RecordedAt));
                var changed = last is not null && c.History.Count > 1;
                return new[]
                {
                    c.Model!.Code, c.MarketIso2, c.KindCode, c.Number, c.Issuer, Day(c.IssuedOn), Day(c.ExpiresOn), c.CertifiedEmissionClass?.ToText(),
                    c.CurrentStatus.ToString().ToLowerInvariant(), changed ? Day(last!.EffectiveOn) : null, changed ? last!.Reason : null, c.Source, c.Assumption,
                };
            }).ToList();
}
