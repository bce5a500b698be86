using Corridor.Common;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary>
/// <c>order-history.csv</c> (organisation data): past order lines with a source per row (reported exports), stored as
/// <see cref="RecordedOrderLine"/>s next to the bulk <c>order-lines.csv</c>, upserted on (order number, line). Targets
/// count them. Kept separate from <c>order-lines.csv</c> because that file carries no source columns.
/// </summary>
public sealed class OrderHistoryImporter : TradeImporterBase<RecordedOrderLine>
{
    public override string FileName => "order-history.csv";

    public override int Order => 510;

    public override bool OrganisationScoped => true;

    protected override IReadOnlyList<string> Header { get; } =
        ["order_number", "line", "order_date", "buyer", "market", "item_kind", "item_code", "quantity", "unit_price", "currency", "source", "assumption"];

    protected override string KeyColumn => "line";

    protected override async Task<RecordedOrderLine?> ParseAsync(CsvRow row, ImportContext context, CancellationToken ct)
    {
        var kind = row.RequiredEnum<OrderItemKind>("item_kind");
        var item = row.Required("item_code").ToUpperInvariant();
        if (row.IsValid && (kind == OrderItemKind.Model
                ? !context.Provides("model", item) && !await context.Db.VehicleModels.AnyAsync(m => m.Code == item, ct)
                : !context.Provides("part", item) && !await context.Db.Parts.AnyAsync(p => p.PartNumber == item, ct)))
        {
            row.Error("item_code", $"unknown {kind.ToString().ToLowerInvariant()} '{item}'");
        }

        var source = row.Required("source");
        if (source == "assumption" && row.Optional("assumption") is null)
        {
            row.Error("assumption", "is required when the source is 'assumption'");
        }

        var day = row.RequiredDate("order_date");
        var market = row.RequiredCountry("market");
        var line = row.RequiredInt("line");
        var quantity = row.RequiredInt("quantity");
        var price = row.RequiredDecimal("unit_price");
        var currency = row.RequiredCurrency("currency");
        return row.Build(() => new RecordedOrderLine(row.Required("order_number"), line, day, row.Required("buyer"), market, kind, item, quantity, new Money(price, currency), null));
    }

    protected override string KeyOf(RecordedOrderLine row) => $"{row.OrderNumber}/{row.LineNo}";

    protected override async Task<ImportCounts> WriteAsync(IReadOnlyList<RecordedOrderLine> rows, CorridorDbContext db, CancellationToken ct)
    {
        var numbers = rows.Select(r => r.OrderNumber).Distinct().ToList();
        var existing = await db.RecordedOrderLines.Where(l => numbers.Contains(l.OrderNumber)).ToListAsync(ct);
        int added = 0, unchanged = 0, updated = 0;
        foreach (var r in rows)
        {
            var current = existing.FirstOrDefault(e => e.OrderNumber == r.OrderNumber && e.LineNo == r.LineNo);
            if (current is null)
            {
                db.Add(r);
                added++;
            }
            else if ((current.OrderDate, current.Market, current.ItemCode, current.Quantity, current.UnitPrice, current.Currency) == (r.OrderDate, r.Market, r.ItemCode, r.Quantity, r.UnitPrice, r.Currency))
            {
                unchanged++;
            }
            else
            {
                // RecordedOrderLine has no update verb of its own: replace the row.
                db.Remove(current);
                db.Add(r);
                updated++;
            }
        }

        return new ImportCounts(FileName, added, updated, unchanged);
    }
}
