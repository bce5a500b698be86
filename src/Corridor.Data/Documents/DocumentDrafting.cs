using Corridor.Catalog;
using Corridor.Common;
using Corridor.Storage;
using Corridor.Trade;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Documents;

/// <summary>
/// The content of an order's documents from its lines, the catalogue and its parties. A vehicle is one package
/// (driven on and off, unpacked) whose net and gross weight are its kerb weight; parts are packed
/// <see cref="PartsPerCarton"/> to a carton that adds <see cref="CartonKg"/> to the gross weight (assumptions, stated
/// in docs/documents.md). Amounts are rounded to the currency's minor units, half away from zero.
/// </summary>
internal static class DocumentDrafting
{
    public const int PartsPerCarton = 10;
    public const decimal CartonKg = 1.5m;

    public static async Task<Result<DocumentContent>> ContentAsync(CorridorDbContext db, TradeOrder order, CancellationToken ct)
    {
        var errors = new List<string>();
        var currency = Currency.Parse(order.Currency);
        var lines = new List<DocumentLine>();
        var modelCodes = order.Lines.Where(l => l.ItemKind == OrderItemKind.Model).Select(l => l.ItemCode).ToList();
        var partCodes = order.Lines.Where(l => l.ItemKind == OrderItemKind.Part).Select(l => l.ItemCode).ToList();
        var models = await db.VehicleModels.AsNoTracking().Where(m => modelCodes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, ct);
        var parts = await db.Parts.AsNoTracking().Where(p => partCodes.Contains(p.PartNumber)).ToDictionaryAsync(p => p.PartNumber, ct);
        foreach (var line in order.Lines.OrderBy(l => l.LineNo))
        {
            var amount = new Money(line.Quantity * line.UnitPrice, currency).Round().Amount;
            if (line.ItemKind == OrderItemKind.Model)
            {
                if (!models.TryGetValue(line.ItemCode, out var m))
                {
                    errors.Add($"line {line.LineNo}: item: unknown model '{line.ItemCode}'");
                    continue;
                }

                var kg = m.KerbWeightKg * (decimal)line.Quantity;
                lines.Add(new DocumentLine(line.LineNo, m.Code, m.Name, m.HsCodeDigits, line.Quantity, line.UnitPrice, amount, line.Quantity, kg, kg));
            }
            else
            {
                if (!parts.TryGetValue(line.ItemCode, out var p))
                {
                    errors.Add($"line {line.LineNo}: item: unknown part '{line.ItemCode}'");
                    continue;
                }

                var cartons = (line.Quantity + PartsPerCarton - 1) / PartsPerCarton;
                var net = p.WeightKg * line.Quantity;
                lines.Add(new DocumentLine(line.LineNo, p.PartNumber, p.Name, p.HsCodeDigits, line.Quantity, line.UnitPrice, amount, cartons, net, net + cartons * CartonKg));
            }
        }

        var buyer = await PartyAsync(db, order.BuyerId, ct);
        var consignee = order.ConsigneeId is { } c ? await PartyAsync(db, c, ct) : null;
        if (buyer is null)
        {
            errors.Add("buyer: not visible");
        }

        if (errors.Count > 0)
        {
            return Result<DocumentContent>.Failure(errors);
        }

        var totals = new DocumentTotals(lines.Sum(l => l.Quantity), lines.Sum(l => l.Packages), lines.Sum(l => l.NetKg), lines.Sum(l => l.GrossKg), lines.Sum(l => l.Amount ?? 0));
        return Result<DocumentContent>.Success(new DocumentContent(order.Number, order.Market, order.Incoterm.ToString(), order.Currency, buyer!, consignee,
            lines, totals, null, null, null, []));
    }

    private static async Task<DocumentParty?> PartyAsync(CorridorDbContext db, Guid counterpartyId, CancellationToken ct)
    {
        var counterparty = await db.Counterparties.AsNoTracking().SingleOrDefaultAsync(x => x.Id == counterpartyId, ct);
        if (counterparty is null)
        {
            return null;
        }

        var partner = await db.Set<TradePartner>().AsNoTracking().SingleOrDefaultAsync(p => p.CounterpartyId == counterpartyId, ct);
        return new DocumentParty(partner?.Code ?? "", counterparty.Name, string.IsNullOrWhiteSpace(counterparty.OtherNames) ? null : counterparty.OtherNames,
            counterparty.Country, partner?.Address);
    }
}
