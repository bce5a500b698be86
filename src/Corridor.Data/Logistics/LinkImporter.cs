using System.Globalization;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Logistics;

/// <summary><c>links.csv</c>: links between nodes of nodes.csv or stored nodes; key (from, to, mode).</summary>
public sealed class LinkImporter : CsvEntityImporter<Link>
{
    private NetworkReferences? _refs;

    public override string FileName => "links.csv";

    public override int Order => 310;

    public override bool OrganisationScoped => false;

    protected override IReadOnlyList<string> Header => LogisticsRows.LinkHeader;

    protected override string KeyColumn => "to";

    protected override Link? Parse(CsvRow row, ImportContext context)
    {
        _refs ??= new NetworkReferences(context);
        var link = LogisticsRows.Link(row, _refs.NodeKnown);
        if (link is not null)
        {
            context.Provide("link", link.Key);
            if (link.Bidirectional)
            {
                context.Provide("link", Link.KeyOf(link.ToCode, link.FromCode, link.Mode));
            }
        }

        return link;
    }

    protected override string KeyOf(Link entity) => entity.Key;

    protected override Task<Dictionary<string, Link>> LoadExistingAsync(CorridorDbContext db, CancellationToken ct) => NetworkReferences.LinksByKeyAsync(db, ct);

    protected override bool Update(Link existing, Link incoming) => existing.UpdateFrom(incoming);

    protected override async Task<IReadOnlyList<string?[]>> RowsForExportAsync(CorridorDbContext db, CancellationToken ct) =>
        (await db.Set<Link>().AsNoTracking().ToListAsync(ct)).OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => new[]
            {
                l.FromCode, l.ToCode, l.Mode.ToText(), l.GaugeMm?.ToString(CultureInfo.InvariantCulture), LogisticsRows.Num(l.DistanceKm), LogisticsRows.Num(l.TransitHours),
                LogisticsRows.Num(l.CostPerVehicleUsd), LogisticsRows.Num(l.CostPerTonneUsd), l.CapacityVehiclesPerWeek?.ToString(CultureInfo.InvariantCulture),
                l.CapacityTonnesPerWeek is { } t ? LogisticsRows.Num(t) : null, l.Bidirectional ? "true" : "false", LogisticsRows.Snake(l.Branch.ToString()), l.SeasonalClosure, l.Source, l.Assumption,
            }).ToList();
}
