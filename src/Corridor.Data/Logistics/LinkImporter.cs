using Corridor.Import;
using Corridor.Storage;

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
}
