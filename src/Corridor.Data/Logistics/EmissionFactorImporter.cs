using System.Globalization;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Logistics;

/// <summary><c>emission-factors.csv</c>: default grams CO₂e per tonne-km by mode.</summary>
public sealed class EmissionFactorImporter : CsvEntityImporter<EmissionFactor>
{
    public override string FileName => "emission-factors.csv";

    public override int Order => 305;

    public override bool OrganisationScoped => false;

    protected override IReadOnlyList<string> Header => LogisticsRows.EmissionHeader;

    protected override string KeyColumn => "mode";

    protected override EmissionFactor? Parse(CsvRow row, ImportContext context) => LogisticsRows.Emission(row);

    protected override string KeyOf(EmissionFactor entity) => entity.Mode.ToText();

    protected override async Task<Dictionary<string, EmissionFactor>> LoadExistingAsync(CorridorDbContext db, CancellationToken ct) =>
        (await db.Set<EmissionFactor>().ToListAsync(ct)).ToDictionary(f => f.Mode.ToText(), StringComparer.OrdinalIgnoreCase);

    protected override bool Update(EmissionFactor existing, EmissionFactor incoming) => existing.UpdateFrom(incoming);

    protected override async Task<IReadOnlyList<string?[]>> RowsForExportAsync(CorridorDbContext db, CancellationToken ct) =>
        (await db.Set<EmissionFactor>().AsNoTracking().ToListAsync(ct)).OrderBy(f => f.Mode)
            .Select(f => new[] { f.Mode.ToText(), LogisticsRows.Num(f.GramsCo2ePerTonneKm), f.Source, f.Assumption }).ToList();
}
