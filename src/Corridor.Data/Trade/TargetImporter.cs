using Corridor.Common;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary><c>targets.csv</c> (organisation data): yearly or quarterly targets, upserted on code.</summary>
public sealed class TargetImporter : TradeImporterBase<Target>
{
    public override string FileName => "targets.csv";

    public override int Order => 160;

    public override bool OrganisationScoped => true;

    protected override IReadOnlyList<string> Header { get; } = ["code", "dimension", "key", "measure", "amount", "currency", "valid_from", "valid_until", "source", "assumption"];

    protected override string KeyColumn => "code";

    protected override Task<Target?> ParseAsync(CsvRow row, ImportContext context, CancellationToken ct)
    {
        var dimension = row.RequiredEnum<TargetDimension>("dimension");
        var measure = row.RequiredEnum<TargetMeasure>("measure");
        var amount = row.RequiredDecimal("amount");
        var currency = row.OptionalCurrency("currency");
        var from = row.RequiredDate("valid_from");
        var until = row.RequiredDate("valid_until");
        return Task.FromResult(row.Build(() => new Target(row.Required("code"), dimension, row.Optional("key")?.Trim(), measure, amount, currency,
            new DateRange(from, until), row.Required("source"), row.Optional("assumption"))));
    }

    protected override string KeyOf(Target row) => row.Code;

    protected override async Task<ImportCounts> WriteAsync(IReadOnlyList<Target> rows, CorridorDbContext db, CancellationToken ct)
    {
        var existing = await db.Set<Target>().ToDictionaryAsync(t => t.Code, ct);
        return Upsert(rows, existing, t => t.Code, (stored, incoming) => stored.Update(incoming), db);
    }
}
