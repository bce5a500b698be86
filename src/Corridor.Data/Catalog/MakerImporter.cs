using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Catalog;

/// <summary><c>makers.csv</c>: code,name,country,source,assumption.</summary>
public sealed class MakerImporter : CsvEntityImporter<Maker>
{
    public override string FileName => "makers.csv";

    public override int Order => 100;

    public override bool OrganisationScoped => true;

    protected override IReadOnlyList<string> Header { get; } = ["code", "name", "country", "source", "assumption"];

    protected override string? ProvidesKind => "maker";

    protected override string KeyColumn => "code";

    protected override Maker? Parse(CsvRow row, ImportContext context)
    {
        var code = row.Required("code");
        var name = row.Required("name");
        var country = row.RequiredCountry("country");
        var source = row.Required("source");
        return row.Build(() => new Maker(code, name, country, source, row.Optional("assumption")));
    }

    protected override string KeyOf(Maker entity) => entity.Code;

    protected override Task<Dictionary<string, Maker>> LoadExistingAsync(CorridorDbContext db, CancellationToken ct) =>
        db.Makers.ToDictionaryAsync(m => m.Code, StringComparer.OrdinalIgnoreCase, ct);

    protected override bool Update(Maker existing, Maker incoming) => existing.UpdateFrom(incoming);

    protected override async Task<IReadOnlyList<string?[]>> RowsForExportAsync(CorridorDbContext db, CancellationToken ct) =>
        (await db.Makers.AsNoTracking().OrderBy(m => m.Code).ToListAsync(ct))
            .Select(m => new[] { m.Code, m.Name, m.Country, m.Source, m.Assumption }).ToList();
}
