using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.MarketAccess;

/// <summary><c>markets.csv</c>: shared reference data, iso2,name,currency,customs_union,source,assumption.</summary>
public sealed class MarketImporter : CsvEntityImporter<Market>
{
    public override string FileName => "markets.csv";

    public override int Order => 10;

    public override bool OrganisationScoped => false;

    protected override IReadOnlyList<string> Header { get; } = ["iso2", "name", "currency", "customs_union", "source", "assumption"];

    protected override string? ProvidesKind => "market";

    protected override string KeyColumn => "iso2";

    protected override Market? Parse(CsvRow row, ImportContext context)
    {
        var iso2 = row.RequiredCountry("iso2");
        var name = row.Required("name");
        var currency = row.RequiredCurrency("currency");
        var source = row.Required("source");
        return row.Build(() => new Market(iso2, name, currency, row.Optional("customs_union"), source, row.Optional("assumption")));
    }

    protected override string KeyOf(Market entity) => entity.Iso2;

    protected override Task<Dictionary<string, Market>> LoadExistingAsync(CorridorDbContext db, CancellationToken ct) =>
        db.Markets.ToDictionaryAsync(m => m.Iso2, StringComparer.OrdinalIgnoreCase, ct);

    protected override bool Update(Market existing, Market incoming) => existing.UpdateFrom(incoming);

    protected override async Task<IReadOnlyList<string?[]>> RowsForExportAsync(CorridorDbContext db, CancellationToken ct) =>
        (await db.Markets.AsNoTracking().OrderBy(m => m.Iso2).ToListAsync(ct))
            .Select(m => new[] { m.Iso2, m.Name, m.CurrencyCode, m.CustomsUnion, m.Source, m.Assumption }).ToList();
}
