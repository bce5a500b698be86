using Corridor.Common;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary><c>landed-cost-rules.csv</c>: duties, VAT, fees and insurance per destination market (shared), upserted on code.</summary>
public sealed class LandedCostRuleImporter : TradeImporterBase<LandedCostRule>
{
    public override string FileName => "landed-cost-rules.csv";

    public override int Order => 42;

    public override bool OrganisationScoped => false;

    protected override IReadOnlyList<string> Header { get; } =
        ["code", "market", "kind", "regime", "hs_prefix", "engine_cc_min", "engine_cc_max", "percent", "amount", "currency", "valid_from", "valid_until", "title", "source", "assumption"];

    protected override string KeyColumn => "code";

    protected override async Task<LandedCostRule?> ParseAsync(CsvRow row, ImportContext context, CancellationToken ct)
    {
        var market = row.RequiredCountry("market");
        if (row.IsValid && !context.Provides("market", market.Value) && !await context.Db.Markets.AnyAsync(m => m.Iso2 == market.Value, ct))
        {
            row.Error("market", $"unknown market '{market.Value}'");
        }

        var kind = row.RequiredEnum<ChargeKind>("kind");
        var regime = row.Required("regime").ToUpperInvariant();
        if (regime != LandedCostRule.Mfn && !context.Provides("trade-preference", regime) && !await context.Db.Set<TradePreference>().AnyAsync(p => p.Code == regime, ct))
        {
            row.Error("regime", $"'{regime}' is neither MFN nor a known trade preference");
        }

        var min = row.OptionalInt("engine_cc_min");
        var max = row.OptionalInt("engine_cc_max");
        var percent = row.OptionalDecimal("percent");
        var amount = row.OptionalDecimal("amount");
        var currency = row.OptionalCurrency("currency");
        if (amount is not null && currency is null)
        {
            row.Error("currency", "is required with an amount");
        }

        var from = row.RequiredDate("valid_from");
        var until = row.OptionalDate("valid_until");
        return row.Build(() => new LandedCostRule(row.Required("code"), market, kind, regime, row.Optional("hs_prefix"), min, max, percent,
            amount is { } a ? new Money(a, currency!.Value) : null, new DateRange(from, until), row.Required("title"), row.Required("source"), row.Optional("assumption")));
    }

    protected override string KeyOf(LandedCostRule row) => row.Code;

    protected override async Task<ImportCounts> WriteAsync(IReadOnlyList<LandedCostRule> rows, CorridorDbContext db, CancellationToken ct)
    {
        var existing = await db.Set<LandedCostRule>().ToDictionaryAsync(r => r.Code, ct);
        return Upsert(rows, existing, r => r.Code, (stored, incoming) => stored.Update(incoming), db);
    }
}
