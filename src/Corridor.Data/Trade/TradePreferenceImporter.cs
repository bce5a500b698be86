using Corridor.Common;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary><c>trade-preferences.csv</c>: preferential regimes such as the EAEU–Iran FTA (shared), upserted on code.</summary>
public sealed class TradePreferenceImporter : TradeImporterBase<TradePreference>
{
    public override string FileName => "trade-preferences.csv";

    public override int Order => 41;

    public override bool OrganisationScoped => false;

    protected override IReadOnlyList<string> Header { get; } = ["code", "name", "origin_countries", "customs_union", "valid_from", "valid_until", "source", "assumption"];

    protected override string KeyColumn => "code";

    protected override string? ProvidesKind => "trade-preference";

    protected override Task<TradePreference?> ParseAsync(CsvRow row, ImportContext context, CancellationToken ct)
    {
        var origins = new List<CountryCode>();
        foreach (var o in row.Required("origin_countries").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (CountryCode.TryParse(o, out var c))
            {
                origins.Add(c);
            }
            else
            {
                row.Error("origin_countries", $"'{o}' is not an ISO 3166-1 alpha-2 code");
            }
        }

        var from = row.RequiredDate("valid_from");
        var until = row.OptionalDate("valid_until");
        return Task.FromResult(row.Build(() => new TradePreference(row.Required("code"), row.Required("name"), origins, row.Required("customs_union"),
            new DateRange(from, until), row.Required("source"), row.Optional("assumption"))));
    }

    protected override string KeyOf(TradePreference row) => row.Code;

    protected override async Task<ImportCounts> WriteAsync(IReadOnlyList<TradePreference> rows, CorridorDbContext db, CancellationToken ct)
    {
        var existing = await db.Set<TradePreference>().ToDictionaryAsync(r => r.Code, ct);
        return Upsert(rows, existing, r => r.Code, (stored, incoming) => stored.Update(incoming), db);
    }
}
