using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary><c>exchange-rates.csv</c>: dated rates (shared reference data), upserted on (base, quote, day).</summary>
public sealed class ExchangeRateImporter : TradeImporterBase<ExchangeRate>
{
    public override string FileName => "exchange-rates.csv";

    public override int Order => 40;

    public override bool OrganisationScoped => false;

    protected override IReadOnlyList<string> Header { get; } = ["base", "quote", "day", "rate", "source", "assumption"];

    protected override string KeyColumn => "day";

    protected override Task<ExchangeRate?> ParseAsync(CsvRow row, ImportContext context, CancellationToken ct)
    {
        var b = row.RequiredCurrency("base");
        var q = row.RequiredCurrency("quote");
        var day = row.RequiredDate("day");
        var rate = row.RequiredDecimal("rate");
        if (row.IsValid && rate <= 0)
        {
            row.Error("rate", $"must be positive (was {rate})");
        }

        var source = row.Required("source");
        var assumption = row.Optional("assumption");
        if (source == "assumption" && assumption is null)
        {
            row.Error("assumption", "is required when the source is 'assumption'");
        }

        return Task.FromResult(row.Build(() => new ExchangeRate(b, q, day, rate, source, assumption)));
    }

    protected override string KeyOf(ExchangeRate row) => row.Key;

    protected override async Task<ImportCounts> WriteAsync(IReadOnlyList<ExchangeRate> rows, CorridorDbContext db, CancellationToken ct)
    {
        var existing = (await db.Set<ExchangeRate>().ToListAsync(ct)).ToDictionary(r => r.Key);
        return Upsert(rows, existing, r => r.Key, (stored, incoming) => stored.Update(incoming), db);
    }
}
