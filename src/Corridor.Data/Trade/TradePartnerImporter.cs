using Corridor.Common;
using Corridor.Compliance;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary>
/// <c>trade-partners.csv</c> (organisation data): counterparties with their trade code, roles and address. A new code
/// creates a Compliance <see cref="Counterparty"/> and screens it at once (column <c>screen</c> = false leaves it
/// unscreened, which the screening gate blocks); an existing code is left as it is.
/// </summary>
public sealed class TradePartnerImporter(ScreeningService screening, TimeProvider clock) : TradeImporterBase<TradePartnerImporter.Row>
{
    public override string FileName => "trade-partners.csv";

    public override int Order => 140;

    public override bool OrganisationScoped => true;

    protected override IReadOnlyList<string> Header { get; } =
        ["code", "name", "other_names", "type", "country", "identifiers", "roles", "address", "screen", "source", "assumption"];

    protected override string KeyColumn => "code";

    protected override string? ProvidesKind => "trade-partner";

    protected override Task<Row?> ParseAsync(CsvRow row, ImportContext context, CancellationToken ct)
    {
        var code = row.Required("code").ToUpperInvariant();
        var name = row.Required("name");
        var others = (row.Optional("other_names") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var type = row.OptionalEnum<ListEntryType>("type") ?? ListEntryType.Organisation;
        var country = row.RequiredCountry("country");
        var identifiers = new List<EntryIdentifier>();
        foreach (var raw in (row.Optional("identifiers") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var p = raw.Split(':', 2);
            if (p.Length != 2)
            {
                row.Error("identifiers", $"'{raw}' is not type:value");
            }
            else
            {
                identifiers.Add(new EntryIdentifier(p[0], p[1]));
            }
        }

        var roles = new List<PartyRole>();
        foreach (var r in row.Required("roles").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Enum.TryParse<PartyRole>(r, true, out var role))
            {
                roles.Add(role);
            }
            else
            {
                row.Error("roles", $"'{r}' is not buyer, distributor, consignee, carrier, forwarder or bank");
            }
        }

        var screen = row.OptionalBool("screen") ?? true;
        row.Required("source");
        return Task.FromResult<Row?>(row.IsValid ? new Row(code, name, others, type, country, identifiers, roles, row.Optional("address"), screen) : null);
    }

    protected override string KeyOf(Row row) => row.Code;

    protected override async Task<ImportCounts> WriteAsync(IReadOnlyList<Row> rows, CorridorDbContext db, CancellationToken ct)
    {
        var existing = await db.Set<TradePartner>().Select(p => p.Code).ToListAsync(ct);
        int added = 0, unchanged = 0;
        var now = clock.GetUtcNow();
        foreach (var r in rows)
        {
            if (existing.Contains(r.Code))
            {
                unchanged++;
                continue;
            }

            var counterparty = new Counterparty(r.Name, r.OtherNames, r.Type, r.Country, null, r.Identifiers, now);
            db.Counterparties.Add(counterparty);
            db.Add(new TradePartner(r.Code, counterparty.Id, r.Roles, r.Address));
            await db.SaveChangesAsync(ct);
            if (r.Screen)
            {
                await screening.ScreenAsync(counterparty, "created", ct);
            }

            added++;
        }

        return new ImportCounts(FileName, added, 0, unchanged);
    }

    public sealed record Row(string Code, string Name, IReadOnlyList<string> OtherNames, ListEntryType Type, CountryCode Country, IReadOnlyList<EntryIdentifier> Identifiers,
        IReadOnlyList<PartyRole> Roles, string? Address, bool Screen);
}
