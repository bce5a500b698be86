using System.Globalization;
using Corridor.Common;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary>
/// <c>agreements.csv</c> (organisation data): agreements with their parties (trade-partner codes), value ceiling,
/// quantity ceilings (<c>LABEL=CODE CODE:MAX</c> or <c>LABEL=group NAME:MAX</c>, separated by <c>;</c>) and price list
/// (<c>CODE=AMOUNT CUR</c>, separated by <c>;</c>). A new code is added; an existing one is left as it is (its burn-down
/// belongs to the orders against it).
/// </summary>
public sealed class AgreementImporter : TradeImporterBase<AgreementImporter.Row>
{
    public override string FileName => "agreements.csv";

    public override int Order => 150;

    public override bool OrganisationScoped => true;

    protected override IReadOnlyList<string> Header { get; } =
        ["code", "kind", "title", "seller", "buyer", "other_parties", "valid_from", "valid_until", "value_ceiling", "ceiling_currency", "quantity_ceilings", "prices",
         "incoterm", "payment_currency", "payment_terms", "status", "source", "assumption"];

    protected override string KeyColumn => "code";

    protected override string? ProvidesKind => "agreement";

    protected override async Task<Row?> ParseAsync(CsvRow row, ImportContext context, CancellationToken ct)
    {
        var seller = row.Required("seller").ToUpperInvariant();
        if (seller.Length > 0 && !context.Provides("maker", seller) && !await context.Db.Makers.AnyAsync(m => m.Code == seller, ct))
        {
            row.Error("seller", $"unknown maker '{seller}'");
        }

        var buyer = row.Required("buyer").ToUpperInvariant();
        await CheckPartnerAsync(row, context, "buyer", buyer, ct);
        var others = new List<(string, PartyRole)>();
        foreach (var entry in (row.Optional("other_parties") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var p = entry.Split(':', 2);
            if (p.Length != 2 || !Enum.TryParse<PartyRole>(p[1], true, out var role))
            {
                row.Error("other_parties", $"'{entry}' is not CODE:role");
                continue;
            }

            await CheckPartnerAsync(row, context, "other_parties", p[0].ToUpperInvariant(), ct);
            others.Add((p[0].ToUpperInvariant(), role));
        }

        var ceilings = new List<(string Label, string[] Items, string? Group, int Max)>();
        foreach (var entry in (row.Optional("quantity_ceilings") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = entry.Split('=', 2);
            var colon = eq.Length == 2 ? eq[1].LastIndexOf(':') : -1;
            if (colon < 0 || !int.TryParse(eq[1][(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var max) || max <= 0)
            {
                row.Error("quantity_ceilings", $"'{entry}' is not LABEL=CODES:MAX or LABEL=group NAME:MAX");
                continue;
            }

            var what = eq[1][..colon].Trim();
            ceilings.Add(what.StartsWith("group ", StringComparison.OrdinalIgnoreCase)
                ? (eq[0].Trim(), [], what[6..].Trim(), max)
                : (eq[0].Trim(), what.Split(' ', StringSplitOptions.RemoveEmptyEntries), null, max));
        }

        var prices = new List<(string Code, Money Price)>();
        foreach (var entry in (row.Optional("prices") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = entry.Split('=', 2);
            var money = eq.Length == 2 ? eq[1].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            if (money.Length != 2 || !decimal.TryParse(money[0], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || !Currency.TryParse(money[1], out var cur))
            {
                row.Error("prices", $"'{entry}' is not CODE=AMOUNT CURRENCY");
                continue;
            }

            prices.Add((eq[0].Trim().ToUpperInvariant(), new Money(amount, cur)));
        }

        var kind = row.RequiredEnum<AgreementKind>("kind");
        var from = row.RequiredDate("valid_from");
        var until = row.OptionalDate("valid_until");
        var ceiling = row.OptionalDecimal("value_ceiling");
        var ceilingCurrency = row.OptionalCurrency("ceiling_currency");
        if (ceiling is not null && ceilingCurrency is null)
        {
            row.Error("ceiling_currency", "is required with a value ceiling");
        }

        var incoterm = row.RequiredEnum<Incoterm>("incoterm");
        var payment = row.RequiredCurrency("payment_currency");
        var status = row.RequiredEnum<AgreementStatus>("status");
        var agreement = row.Build(() => new Agreement(row.Required("code"), kind, row.Required("title"), seller, new DateRange(from, until),
            ceiling is { } c ? new Money(c, ceilingCurrency!.Value) : null, incoterm, payment, row.Required("payment_terms"), status, row.Required("source"), row.Optional("assumption")));
        if (agreement is null)
        {
            return null;
        }

        foreach (var (label, items, group, max) in ceilings)
        {
            try
            {
                agreement.AddQuantityCeiling(label, items, group, max);
            }
            catch (ArgumentException ex)
            {
                row.Error("quantity_ceilings", ex.Message.Split(" (Parameter")[0]);
            }
        }

        return new Row(agreement, buyer, others, prices);
    }

    private static async Task CheckPartnerAsync(CsvRow row, ImportContext context, string column, string code, CancellationToken ct)
    {
        if (code.Length > 0 && !context.Provides("trade-partner", code) && !await context.Db.Set<TradePartner>().AnyAsync(p => p.Code == code, ct))
        {
            row.Error(column, $"unknown trade partner '{code}'");
        }
    }

    protected override string KeyOf(Row row) => row.Agreement.Code;

    protected override async Task<ImportCounts> WriteAsync(IReadOnlyList<Row> rows, CorridorDbContext db, CancellationToken ct)
    {
        var existing = await db.Set<Agreement>().Select(a => a.Code).ToListAsync(ct);
        var partners = await db.Set<TradePartner>().ToDictionaryAsync(p => p.Code, p => p.CounterpartyId, ct);
        var models = await db.VehicleModels.Select(m => m.Code).ToListAsync(ct);
        int added = 0, unchanged = 0;
        foreach (var r in rows)
        {
            if (existing.Contains(r.Agreement.Code))
            {
                unchanged++;
                continue;
            }

            r.Agreement.AddParty(partners[r.Buyer], PartyRole.Buyer);
            foreach (var (code, role) in r.Others)
            {
                r.Agreement.AddParty(partners[code], role);
            }

            foreach (var (code, price) in r.Prices)
            {
                r.Agreement.SetPrice(models.Contains(code) ? OrderItemKind.Model : OrderItemKind.Part, code, price);
            }

            db.Add(r.Agreement);
            added++;
        }

        return new ImportCounts(FileName, added, 0, unchanged);
    }

    public sealed record Row(Agreement Agreement, string Buyer, IReadOnlyList<(string Code, PartyRole Role)> Others, IReadOnlyList<(string Code, Money Price)> Prices);
}
