using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary>A target with what has been achieved in its period and a straight-line projection to its end.</summary>
public sealed record TargetProgress(string Code, string Dimension, string Key, string Measure, string? Currency, DateOnly From, DateOnly Until,
    decimal Amount, decimal Achieved, decimal Share, decimal? Projected, decimal? ProjectedShare, IReadOnlyList<string> Notes, string Source, string? Assumption,
    DateOnly AsOf);

/// <summary>
/// The one definition of a target's progress (decision 040): Corridor's own orders (confirmed, in transit, delivered;
/// by order day) and the recorded order lines imported from the exporter's system (by order day). Value targets convert
/// every line at its order day; a line without a rate is left out and named in the notes. The projection is
/// straight-line as of today (<see cref="Target.Project"/>). Trade → Targets, the programme dashboard and report, the
/// agreement page and both APIs (<c>/api/trade/targets</c>, <c>/api/analytics/targets</c>) map these rows; nothing
/// else computes a target's achievement. The generated shipment history (analytics) is not counted: it is a
/// stand-in for exports, not orders.
/// </summary>
public sealed class TargetService(CorridorDbContext db, TradeReferenceStore reference, TimeProvider clock)
{
    private sealed record Fact(DateOnly Day, string Maker, string Market, string Group, int Quantity, decimal Price, string Currency);

    public async Task<IReadOnlyList<TargetProgress>> ProgressAsync(CancellationToken ct = default)
    {
        var targets = await db.Set<Target>().AsNoTracking().OrderBy(t => t.From).ThenBy(t => t.Code).ToListAsync(ct);
        if (targets.Count == 0)
        {
            return [];
        }

        var from = targets.Min(t => t.From);
        var until = targets.Max(t => t.Until);
        var models = await db.VehicleModels.AsNoTracking().Select(m => new { m.Code, Maker = m.Maker!.Code }).ToDictionaryAsync(m => m.Code, m => m.Maker, StringComparer.OrdinalIgnoreCase, ct);
        var parts = await db.Parts.AsNoTracking().Select(p => new { p.PartNumber, Maker = p.Maker!.Code, p.ProductGroup }).ToDictionaryAsync(p => p.PartNumber, StringComparer.OrdinalIgnoreCase, ct);
        var facts = new List<Fact>();

        // Grouped in the database: one row per (day, market, kind, item, currency, price).
        var recorded = await db.RecordedOrderLines.AsNoTracking().Where(l => l.OrderDate >= from && l.OrderDate < until)
            .GroupBy(l => new { l.OrderDate, l.Market, l.ItemKind, l.ItemCode, l.Currency, l.UnitPrice })
            .Select(g => new { g.Key.OrderDate, g.Key.Market, g.Key.ItemKind, g.Key.ItemCode, g.Key.Currency, g.Key.UnitPrice, Quantity = g.Sum(x => x.Quantity) })
            .ToListAsync(ct);
        facts.AddRange(recorded.Select(r => Of(r.OrderDate, r.Market, r.ItemKind, r.ItemCode, r.Quantity, r.UnitPrice, r.Currency)));
        var statuses = new[] { OrderStatus.Confirmed, OrderStatus.InTransit, OrderStatus.Delivered };
        var orders = await db.Set<TradeOrder>().AsNoTracking().Include(o => o.Lines).Where(o => statuses.Contains(o.Status) && o.OrderDate >= from && o.OrderDate < until).ToListAsync(ct);
        facts.AddRange(orders.SelectMany(o => o.Lines.Select(l => Of(o.OrderDate, o.Market, l.ItemKind, l.ItemCode, l.Quantity, l.UnitPrice, o.Currency))));

        var rates = (await reference.LoadAsync(ct)).Rates;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var result = new List<TargetProgress>();
        foreach (var t in targets)
        {
            var notes = new List<string>();
            var mine = facts.Where(f => f.Day >= t.From && f.Day < t.Until && t.Dimension switch
            {
                TargetDimension.Maker => string.Equals(f.Maker, t.Key, StringComparison.OrdinalIgnoreCase),
                TargetDimension.Market => string.Equals(f.Market, t.Key, StringComparison.OrdinalIgnoreCase),
                TargetDimension.ProductGroup => string.Equals(f.Group, t.Key, StringComparison.OrdinalIgnoreCase),
                _ => true,
            }).ToList();
            decimal achieved;
            if (t.Measure == TargetMeasure.Units)
            {
                achieved = mine.Sum(f => f.Quantity);
            }
            else
            {
                achieved = 0;
                var target = Common.Currency.Parse(t.Currency!);
                foreach (var f in mine)
                {
                    var v = rates.Convert(new Common.Money(f.Price * f.Quantity, Common.Currency.Parse(f.Currency)), target, f.Day);
                    if (v.Succeeded)
                    {
                        achieved += v.Value.Amount;
                    }
                    else
                    {
                        notes.Add(v.Errors[0]);
                    }
                }
            }

            var projected = t.Project(achieved, today);
            result.Add(new TargetProgress(t.Code, t.Dimension.ToString().ToLowerInvariant(), t.Key, t.Measure.ToString().ToLowerInvariant(), t.Currency, t.From, t.Until,
                t.Amount, achieved, decimal.Round(achieved / t.Amount, 4), projected, projected is { } p ? decimal.Round(p / t.Amount, 4) : null,
                notes.Distinct().Take(5).ToList(), t.Source, t.Assumption, today));
        }

        return result;

        Fact Of(DateOnly day, string market, OrderItemKind kind, string item, int quantity, decimal price, string currency) => kind == OrderItemKind.Model
            ? new Fact(day, models.GetValueOrDefault(item, ""), market, QuantityCeiling.VehiclesGroup, quantity, price, currency)
            : new Fact(day, parts.TryGetValue(item, out var p) ? p.Maker : "", market, p?.ProductGroup ?? "", quantity, price, currency);
    }
}
