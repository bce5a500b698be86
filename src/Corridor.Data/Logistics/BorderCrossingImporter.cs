using System.Globalization;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Logistics;

/// <summary><c>border-crossings.csv</c>: dwell time (median, p90) at border-crossing nodes.</summary>
public sealed class BorderCrossingImporter : CsvEntityImporter<BorderCrossing>
{
    private NetworkReferences? _refs;

    public override string FileName => "border-crossings.csv";

    public override int Order => 320;

    public override bool OrganisationScoped => false;

    protected override IReadOnlyList<string> Header => LogisticsRows.BorderHeader;

    protected override string KeyColumn => "node";

    protected override BorderCrossing? Parse(CsvRow row, ImportContext context)
    {
        _refs ??= new NetworkReferences(context);
        return LogisticsRows.Border(row, _refs.NodeKnown);
    }

    protected override string KeyOf(BorderCrossing entity) => entity.NodeCode;

    protected override Task<Dictionary<string, BorderCrossing>> LoadExistingAsync(CorridorDbContext db, CancellationToken ct) =>
        db.Set<BorderCrossing>().ToDictionaryAsync(b => b.NodeCode, StringComparer.OrdinalIgnoreCase, ct);

    protected override bool Update(BorderCrossing existing, BorderCrossing incoming) => existing.UpdateFrom(incoming);

    protected override async Task<IReadOnlyList<string?[]>> RowsForExportAsync(CorridorDbContext db, CancellationToken ct) =>
        (await db.Set<BorderCrossing>().AsNoTracking().OrderBy(b => b.NodeCode).ToListAsync(ct))
            .Select(b => new[] { b.NodeCode, b.FromCountry, b.ToCountry, LogisticsRows.Num(b.MedianDelayHours), LogisticsRows.Num(b.P90DelayHours), b.Source, b.Assumption }).ToList();
}
