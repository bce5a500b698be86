using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.MarketAccess;

/// <summary><c>requirement-kinds.csv</c>: shared reference data, code,name,evidence,satisfied_by,source,assumption.</summary>
public sealed class RequirementKindImporter : CsvEntityImporter<RequirementKind>
{
    public override string FileName => "requirement-kinds.csv";

    public override int Order => 15;

    public override bool OrganisationScoped => false;

    protected override IReadOnlyList<string> Header { get; } = ["code", "name", "evidence", "satisfied_by", "source", "assumption"];

    protected override string? ProvidesKind => "requirement-kind";

    protected override string KeyColumn => "code";

    protected override RequirementKind? Parse(CsvRow row, ImportContext context)
    {
        var code = row.Required("code");
        var name = row.Required("name");
        var evidence = row.Optional("evidence")?.ToLowerInvariant() switch
        {
            null => (RequirementEvidence?)null,
            "certificate" => RequirementEvidence.Certificate,
            "emission_class" or "emission-class" => RequirementEvidence.CertifiedEmissionClass,
            var other => Invalid(row, other),
        };
        if (row.Optional("evidence") is null)
        {
            row.Error("evidence", "is required");
        }

        var satisfiedBy = row.Required("satisfied_by").Split([';', ' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var source = row.Required("source");
        var kind = row.Build(() => new RequirementKind(code, name, evidence ?? default, satisfiedBy, source, row.Optional("assumption")));
        if (kind is not null)
        {
            MarketAccessReferences.AddKind(context, kind);
        }

        return kind;
    }

    protected override string KeyOf(RequirementKind entity) => entity.Code;

    protected override Task<Dictionary<string, RequirementKind>> LoadExistingAsync(CorridorDbContext db, CancellationToken ct) =>
        db.Set<RequirementKind>().ToDictionaryAsync(k => k.Code, StringComparer.OrdinalIgnoreCase, ct);

    protected override bool Update(RequirementKind existing, RequirementKind incoming) => existing.UpdateFrom(incoming);

    private static RequirementEvidence? Invalid(CsvRow row, string value)
    {
        row.Error("evidence", $"'{value}' is not one of certificate, emission_class");
        return null;
    }

    protected override async Task<IReadOnlyList<string?[]>> RowsForExportAsync(CorridorDbContext db, CancellationToken ct) =>
        (await db.Set<RequirementKind>().AsNoTracking().OrderBy(k => k.Code).ToListAsync(ct))
            .Select(k => new[]
            {
                k.Code, k.Name, k.Evidence == RequirementEvidence.CertifiedEmissionClass ? "emission_class" : "certificate", string.Join(';', k.SatisfiedBy), k.Source, k.Assumption,
            }).ToList();
}
