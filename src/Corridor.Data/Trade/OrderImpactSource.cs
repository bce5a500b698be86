using System.Globalization;
using Corridor.Common;
using Corridor.MarketAccess;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary>
/// Open orders (draft, promised, confirmed, in transit) whose requested delivery day falls in a period in which a rule
/// change makes a model lose market access in the order's market: one item per order line of that model.
/// </summary>
public sealed class OrderImpactSource(CorridorDbContext db) : IImpactSource
{
    public string Name => "order";

    public async Task<IReadOnlyList<ImpactedItem>> FindAsync(IReadOnlyList<ModelImpact> impacts, CancellationToken ct)
    {
        var lost = impacts.Where(i => i.LosesAny).ToList();
        if (lost.Count == 0)
        {
            return [];
        }

        var codes = lost.Select(i => i.Model.Code).Distinct().ToList();
        var open = new[] { OrderStatus.Draft, OrderStatus.Promised, OrderStatus.Confirmed, OrderStatus.InTransit };
        var orders = await db.Set<TradeOrder>().AsNoTracking().Include(o => o.Lines)
            .Where(o => open.Contains(o.Status) && o.Lines.Any(l => l.ItemKind == OrderItemKind.Model && codes.Contains(l.ItemCode))).ToListAsync(ct);
        var items = new List<ImpactedItem>();
        foreach (var impact in lost)
        {
            foreach (var change in impact.Changes.Where(c => c.Lost))
            {
                var period = new DateRange(change.From, change.Until);
                foreach (var o in orders.Where(o => string.Equals(o.Market, impact.Market, StringComparison.OrdinalIgnoreCase) && period.Contains(o.RequestedDate)))
                {
                    foreach (var l in o.Lines.Where(l => l.ItemKind == OrderItemKind.Model && string.Equals(l.ItemCode, impact.Model.Code, StringComparison.OrdinalIgnoreCase)))
                    {
                        items.Add(new ImpactedItem(Name, o.Number, impact.Model.Code, impact.Market, o.RequestedDate, true, l.Quantity,
                            new Money(l.Quantity * l.UnitPrice, Currency.Parse(o.Currency)),
                            string.Create(CultureInfo.InvariantCulture, $"order {o.Number} line {l.LineNo} ({TradeOrder.Describe(o.Status)}), delivery {o.RequestedDate:yyyy-MM-dd}: {change.Reason}")));
                    }
                }
            }
        }

        return items;
    }
}
