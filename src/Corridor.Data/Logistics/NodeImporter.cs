using System.Globalization;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Logistics;

/// <summary><c>nodes.csv</c>: the corridor network's nodes (shared reference data).</summary>
public sealed class NodeImporter : CsvEntityImporter<Node>
{
    public override string FileName => "nodes.csv";

    public override int Order => 300;

    public override bool OrganisationScoped => false;

    protected override IReadOnlyList<string> Header => LogisticsRows.NodeHeader;

    protected override string? ProvidesKind => "node";

    protected override string KeyColumn => "code";

    protected override Node? Parse(CsvRow row, ImportContext context) => LogisticsRows.Node(row);

    protected override string KeyOf(Node entity) => entity.Code;

    protected override Task<Dictionary<string, Node>> LoadExistingAsync(CorridorDbContext db, CancellationToken ct) =>
        db.Set<Node>().ToDictionaryAsync(n => n.Code, StringComparer.OrdinalIgnoreCase, ct);

    protected override bool Update(Node existing, Node incoming) => existing.UpdateFrom(incoming);

    protected override async Task<IReadOnlyList<string?[]>> RowsForExportAsync(CorridorDbContext db, CancellationToken ct) =>
        (await db.Set<Node>().AsNoTracking().OrderBy(n => n.Code).ToListAsync(ct))
            .Select(n => new[]
            {
                n.Code, n.Name, n.Country, LogisticsRows.Snake(n.Kind.ToString()), LogisticsRows.Num(n.Latitude), LogisticsRows.Num(n.Longitude), n.Gauges.ToText(),
                LogisticsRows.Num(n.HandlingHours), n.Transshipments.ToText(), n.Source, n.Assumption,
            }).ToList();
}
