using Corridor.Common;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary>
/// <c>orders.csv</c> (organisation data): orders managed in Corridor, one row per line; the order's fields repeat on
/// every line of the same number and must agree. Orders are imported as drafts; a number that exists is left as it is.
/// </summary>
public sealed class OrderImporter(TimeProvider clock) : TradeImporterBase<OrderImporter.Row>
{
    public override string FileName => "orders.csv";

    public override int Order => 400;

    public override bool OrganisationScoped => true;

    protected override IReadOnlyList<string> Header { get; } =
        ["number", "line", "agreement", "buyer", "consignee", "origin", "delivery", "market", "order_date", "requested_date", "incoterm", "currency",
         "item_kind", "item_code", "quantity", "unit_price", "source", "assumption"];

    protected override string KeyColumn => "line";

    protected override async Task<Row?> ParseAsync(CsvRow row, ImportContext context, CancellationToken ct)
    {
        var db = context.Db;
        var number = row.Required("number").ToUpperInvariant();
        var agreement = row.Optional("agreement")?.ToUpperInvariant();
        if (agreement is not null && !context.Provides("agreement", agreement) && !await db.Set<Agreement>().AnyAsync(a => a.Code == agreement, ct))
        {
            row.Error("agreement", $"unknown agreement '{agreement}'");
        }

        var buyer = row.Required("buyer").ToUpperInvariant();
        var consignee = row.Optional("consignee")?.ToUpperInvariant();
        foreach (var (col, code) in new[] { ("buyer", buyer), ("consignee", consignee) })
        {
            if (code is { Length: > 0 } && !context.Provides("trade-partner", code) && !await db.Set<TradePartner>().AnyAsync(p => p.Code == code, ct))
            {
                row.Error(col, $"unknown trade partner '{code}'");
            }
        }

        var origin = row.Required("origin").ToUpperInvariant();
        var delivery = row.Required("delivery").ToUpperInvariant();
        foreach (var (col, code) in new[] { ("origin", origin), ("delivery", delivery) })
        {
            if (code.Length > 0 && !context.Provides("node", code) && !await db.Set<Corridor.Logistics.Node>().AnyAsync(n => n.Code == code, ct))
            {
                row.Error(col, $"unknown network node '{code}'");
            }
        }

        var market = row.RequiredCountry("market");
        var orderDate = row.RequiredDate("order_date");
        var requested = row.RequiredDate("requested_date");
        var incoterm = row.RequiredEnum<Incoterm>("incoterm");
        var currency = row.RequiredCurrency("currency");
        var kind = row.RequiredEnum<OrderItemKind>("item_kind");
        var item = row.Required("item_code").ToUpperInvariant();
        if (item.Length > 0 && (kind == OrderItemKind.Model
                ? !context.Provides("model", item) && !await db.VehicleModels.AnyAsync(m => m.Code == item, ct)
                : !context.Provides("part", item) && !await db.Parts.AnyAsync(p => p.PartNumber == item, ct)))
        {
            row.Error("item_code", $"unknown {kind.ToString().ToLowerInvariant()} '{item}'");
        }

        var line = row.RequiredInt("line");
        var quantity = row.RequiredInt("quantity");
        var price = row.RequiredDecimal("unit_price");
        row.Required("source");
        if (row.IsValid && requested < orderDate)
        {
            row.Error("requested_date", $"{requested:yyyy-MM-dd} is before the order date {orderDate:yyyy-MM-dd}");
        }

        return row.IsValid
            ? new Row(number, line, agreement, buyer, consignee, origin, delivery, market, orderDate, requested, incoterm, currency, kind, item, quantity, price)
            : null;
    }

    protected override string KeyOf(Row row) => $"{row.Number}/{row.Line}";

    protected override async Task<ImportCounts> WriteAsync(IReadOnlyList<Row> rows, CorridorDbContext db, CancellationToken ct)
    {
        var existing = await db.Set<TradeOrder>().Select(o => o.Number).ToListAsync(ct);
        var partners = await db.Set<TradePartner>().ToDictionaryAsync(p => p.Code, p => p.CounterpartyId, ct);
        var agreements = await db.Set<Agreement>().ToDictionaryAsync(a => a.Code, a => a.Id, ct);
        int added = 0, unchanged = 0;
        var now = clock.GetUtcNow();
        foreach (var group in rows.GroupBy(r => r.Number))
        {
            if (existing.Contains(group.Key))
            {
                unchanged++;
                continue;
            }

            var h = group.First();
            var order = new TradeOrder(h.Number, h.Agreement is null ? null : agreements[h.Agreement], partners[h.Buyer], h.Consignee is null ? null : partners[h.Consignee],
                h.Origin, h.Delivery, h.Market, h.OrderDate, h.RequestedDate, h.Incoterm, h.Currency, "import", now);
            foreach (var l in group.OrderBy(x => x.Line))
            {
                order.AddLine(l.Kind, l.Item, l.Quantity, l.UnitPrice, "import", now);
            }

            db.Add(order);
            added++;
        }

        return new ImportCounts(FileName, added, 0, unchanged);
    }

    public sealed record Row(string Number, int Line, string? Agreement, string Buyer, string? Consignee, string Origin, string Delivery, CountryCode Market,
        DateOnly OrderDate, DateOnly RequestedDate, Incoterm Incoterm, Currency Currency, OrderItemKind Kind, string Item, int Quantity, decimal UnitPrice);
}
