using Corridor.Common;
using Corridor.Storage;
using Corridor.Trade;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Analytics;

/// <summary>
/// The dashboard's Trade figures of the acting organisation (the DbContext's query filter keeps every other
/// organisation's agreements and orders out): agreement burn-down and receivables by currency. Sums and counts are
/// grouped by the database (EF LINQ <c>GroupBy</c>, translated on both providers; on SQLite EF evaluates decimal
/// products and sums exactly in its own functions); only the running total of a burn-down is added up here.
/// Order states are the current ones: Trade keeps no history of what an order's state was on an earlier day.
/// </summary>
public sealed class TradeKpis(CorridorDbContext db)
{
    private static readonly OrderStatus[] Committing = [OrderStatus.Confirmed, OrderStatus.InTransit, OrderStatus.Delivered];
    private static readonly OrderStatus[] Billed = [OrderStatus.InTransit, OrderStatus.Delivered];

    /// <summary>
    /// Agreements whose period overlaps the range (of the filter's maker as seller, when one is given), with the
    /// committed and delivered value of their committing orders ordered before the end of the range. The market and
    /// product-group filters do not apply: a ceiling covers every market and product of its agreement.
    /// </summary>
    public async Task<IReadOnlyList<AgreementBurnDown>> BurnDownAsync(AnalyticsFilter filter, CancellationToken ct = default)
    {
        var agreements = db.Set<Agreement>().AsNoTracking().Where(a => a.From < filter.Until && (a.Until == null || a.Until > filter.From));
        if (filter.Maker is { } maker)
        {
            agreements = agreements.Where(a => a.SellerMakerCode == maker);
        }

        var list = await agreements.OrderBy(a => a.Code).ToListAsync(ct);
        if (list.Count == 0)
        {
            return [];
        }

        var ids = list.Select(a => a.Id).ToList();
        var days = await db.Set<TradeOrder>().AsNoTracking()
            .Where(o => o.AgreementId != null && ids.Contains(o.AgreementId.Value) && Committing.Contains(o.Status) && o.OrderDate < filter.Until)
            .GroupBy(o => new { o.AgreementId, o.OrderDate })
            .Select(g => new
            {
                g.Key.AgreementId,
                g.Key.OrderDate,
                Orders = g.Count(),
                Committed = g.Sum(o => o.CommittedMinor),
                Delivered = g.Sum(o => o.Status == OrderStatus.Delivered ? o.CommittedMinor : 0L),
            })
            .ToListAsync(ct);
        var byAgreement = days.ToLookup(d => d.AgreementId!.Value);
        return list.Select(a =>
        {
            var currency = a.Currency;
            long committed = 0, delivered = 0;
            var points = new List<BurnDownPoint>();
            foreach (var d in byAgreement[a.Id].OrderBy(d => d.OrderDate))
            {
                committed += d.Committed;
                delivered += d.Delivered;
                points.Add(new BurnDownPoint(d.OrderDate, Agreement.FromMinor(committed, currency).Amount, Agreement.FromMinor(delivered, currency).Amount));
            }

            return new AgreementBurnDown(a.Code, a.Title, a.SellerMakerCode, a.Status.ToString().ToLowerInvariant(), a.From, a.Until, a.CeilingCurrency,
                a.ValueCeiling?.Amount, Agreement.FromMinor(committed, currency).Amount, Agreement.FromMinor(delivered, currency).Amount,
                byAgreement[a.Id].Sum(d => (long)d.Orders), points);
        }).ToList();
    }

    /// <summary>
    /// Receivables by currency and state: orders in transit or delivered whose order day is in the range (of the
    /// filter's market; of agreements sold by the filter's maker, when one is given), valued at Σ quantity × unit price
    /// in the order's currency. No payment is deducted, since Trade records none.
    /// </summary>
    public async Task<IReadOnlyList<Receivable>> ReceivablesAsync(AnalyticsFilter filter, CancellationToken ct = default)
    {
        var rows = await Orders(filter, new OrderSelection(ReceivablesOnly: true))
            .SelectMany(o => o.Lines, (o, l) => new { o.Id, o.Currency, o.Status, o.OrderDate, Value = l.Quantity * l.UnitPrice })
            .GroupBy(x => new { x.Currency, x.Status })
            .Select(g => new { g.Key.Currency, g.Key.Status, Orders = g.Select(x => x.Id).Distinct().Count(), Amount = g.Sum(x => x.Value), First = g.Min(x => x.OrderDate), Last = g.Max(x => x.OrderDate) })
            .ToListAsync(ct);
        return rows.Select(r => new Receivable(r.Currency, TradeOrder.Describe(r.Status), r.Orders, r.Amount, r.First, r.Last))
            .OrderBy(r => r.Currency, StringComparer.Ordinal).ThenBy(r => r.Status, StringComparer.Ordinal).ToList();
    }

    /// <summary>The orders behind a burn-down or receivables figure, by order day and number, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<OrderRecord>> OrdersAsync(AnalyticsFilter filter, OrderSelection selection, int limit = 500, CancellationToken ct = default)
    {
        var agreements = await db.Set<Agreement>().AsNoTracking().Select(a => new { a.Id, a.Code, a.CeilingCurrency }).ToDictionaryAsync(a => a.Id, ct);
        var rows = await Orders(filter, selection)
            .OrderBy(o => o.OrderDate).ThenBy(o => o.Number)
            .Select(o => new { o.Number, o.AgreementId, o.Market, o.OrderDate, o.RequestedDate, o.Status, o.Currency, o.CommittedMinor,
                Amount = o.Lines.Sum(l => l.Quantity * l.UnitPrice), Units = o.Lines.Sum(l => l.Quantity) })
            .Take(Math.Clamp(limit, 1, 10_000))
            .ToListAsync(ct);
        return rows.Select(o =>
        {
            var a = o.AgreementId is { } id && agreements.TryGetValue(id, out var found) ? found : null;
            var committed = a is not null && o.Status is OrderStatus.Confirmed or OrderStatus.InTransit or OrderStatus.Delivered
                ? Agreement.FromMinor(o.CommittedMinor, Currency.Parse(a.CeilingCurrency)).Amount
                : (decimal?)null;
            return new OrderRecord(o.Number, a?.Code, o.Market, o.OrderDate, o.RequestedDate, TradeOrder.Describe(o.Status), o.Currency, o.Amount, o.Units, committed, a?.CeilingCurrency);
        }).ToList();
    }

    /// <summary>
    /// Orders of a selection: an agreement's committing orders before the end of the range (the burn-down's), or the
    /// orders billed in the range (the receivables'), narrowed by currency and state.
    /// </summary>
    private IQueryable<TradeOrder> Orders(AnalyticsFilter filter, OrderSelection s)
    {
        var q = db.Set<TradeOrder>().AsNoTracking().Where(o => o.OrderDate < filter.Until);
        if (s.Agreement is { } code)
        {
            var upper = code.ToUpperInvariant();
            var id = db.Set<Agreement>().Where(a => a.Code == upper).Select(a => (Guid?)a.Id);
            q = q.Where(o => Committing.Contains(o.Status) && id.Contains(o.AgreementId));
        }

        if (s.ReceivablesOnly || s.Currency is not null || s.Status is not null)
        {
            q = q.Where(o => Billed.Contains(o.Status) && o.OrderDate >= filter.From);
            if (filter.Market is { } market)
            {
                q = q.Where(o => o.Market == market);
            }

            if (filter.Maker is { } maker)
            {
                var sold = db.Set<Agreement>().Where(a => a.SellerMakerCode == maker).Select(a => (Guid?)a.Id);
                q = q.Where(o => sold.Contains(o.AgreementId));
            }
        }

        if (s.Currency is { } currency)
        {
            var upper = currency.ToUpperInvariant();
            q = q.Where(o => o.Currency == upper);
        }

        if (s.Status is { } status)
        {
            var state = string.Equals(status, "in-transit", StringComparison.OrdinalIgnoreCase) ? OrderStatus.InTransit
                : Enum.TryParse<OrderStatus>(status, ignoreCase: true, out var parsed) ? parsed : (OrderStatus)(-1);
            q = q.Where(o => o.Status == state);
        }

        return q;
    }
}
