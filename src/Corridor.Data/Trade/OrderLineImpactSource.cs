using System.Globalization;
using Corridor.Common;
using Corridor.MarketAccess;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary>
/// Recorded order lines (order-lines.csv) hit by a rule change: lines for a model and market whose requested date
/// (else order date) falls in a period the model loses, with quantity and value. Orders managed in Corridor with a
/// life cycle, and planned shipments, join the same way with their own <see cref="IImpactSource"/>.
/// </summary>
public sealed class OrderLineImpactSource(CorridorDbContext db) : IImpactSource
{
    public string Name => "order-line";

    public async Task<IReadOnlyList<ImpactedItem>> FindAsync(IReadOnlyList<ModelImpact> impacts, CancellationToken ct)
    {
        var lost = impacts.Where(i => i.LosesAny).ToList();
        if (lost.Count == 0)
        {
            return [];
        }

        var models = lost.Select(i => i.Model.Code).Distinct().ToList();
        var markets = lost.Select(i => i.Market).Distinct().ToList();
        var earliest = lost.SelectMany(i => i.Changes).Where(c => c.Lost).Min(c => c.From);
        var lines = await db.RecordedOrderLines.AsNoTracking()
            .Where(l => l.ItemKind == OrderItemKind.Model && models.Contains(l.ItemCode) && markets.Contains(l.Market)
                && (l.RequestedDate ?? l.OrderDate) >= earliest)
            .ToListAsync(ct);

        var items = new List<ImpactedItem>();
        foreach (var impact in lost)
        {
            foreach (var change in impact.Changes.Where(c => c.Lost))
            {
                foreach (var line in lines.Where(l => l.ItemCode == impact.Model.Code && l.Market == impact.Market))
                {
                    var day = line.RequestedDate ?? line.OrderDate;
                    if (day < change.From || (change.Until is { } until && day >= until))
                    {
                        continue;
                    }

                    var value = new Money(line.UnitPrice * line.Quantity, Currency.Parse(line.Currency));
                    items.Add(new ImpactedItem(Name, string.Create(CultureInfo.InvariantCulture, $"{line.OrderNumber}/{line.LineNo}"), impact.Model.Code, impact.Market, day, true,
                        line.Quantity, value, string.Create(CultureInfo.InvariantCulture, $"order {line.OrderNumber} line {line.LineNo}: {line.Quantity} × {impact.Model.Code} for {line.Buyer}, wanted {day:yyyy-MM-dd}, no longer deliverable: {change.Reason}")));
                }
            }
        }

        return items;
    }
}
