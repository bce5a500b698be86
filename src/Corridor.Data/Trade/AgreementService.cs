using Corridor.Common;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary>One order's use of an agreement, for the burn-down.</summary>
public sealed record BurnDownOrder(string Order, DateOnly OrderDate, string Status, Money Value, int Units);

/// <summary>An agreement's burn-down: ceilings with what is committed and delivered, and the committing orders in day order.</summary>
public sealed record BurnDown(Agreement Agreement, IReadOnlyList<BurnDownOrder> Orders, IReadOnlyList<CeilingOverride> Overrides);

/// <summary>Agreements of the acting organisation and their burn-down.</summary>
public sealed class AgreementService(CorridorDbContext db)
{
    public Task<List<Agreement>> ListAsync(CancellationToken ct = default) =>
        db.Set<Agreement>().AsNoTracking().Include(a => a.QuantityCeilings).Include(a => a.Parties).Include(a => a.Prices).OrderBy(a => a.Code).ToListAsync(ct);

    public Task<Agreement?> FindAsync(string code, CancellationToken ct = default) =>
        db.Set<Agreement>().AsNoTracking().Include(a => a.QuantityCeilings).Include(a => a.Parties).Include(a => a.Prices)
            .SingleOrDefaultAsync(a => a.Code == code.ToUpperInvariant(), ct);

    public async Task<BurnDown?> BurnDownAsync(string code, CancellationToken ct = default)
    {
        var agreement = await FindAsync(code, ct);
        if (agreement is null)
        {
            return null;
        }

        var statuses = new[] { OrderStatus.Confirmed, OrderStatus.InTransit, OrderStatus.Delivered };
        var orders = await db.Set<TradeOrder>().AsNoTracking().Include(o => o.Lines)
            .Where(o => o.AgreementId == agreement.Id && statuses.Contains(o.Status)).ToListAsync(ct);
        var rows = orders.OrderBy(o => o.OrderDate).ThenBy(o => o.Number)
            .Select(o => new BurnDownOrder(o.Number, o.OrderDate, TradeOrder.Describe(o.Status), Agreement.FromMinor(o.CommittedMinor, agreement.Currency), o.Lines.Sum(l => l.Quantity)))
            .ToList();
        var overrides = await db.Set<CeilingOverride>().AsNoTracking().Where(x => x.AgreementId == agreement.Id).OrderBy(x => x.At).ToListAsync(ct);
        return new BurnDown(agreement, rows, overrides);
    }

    /// <summary>Changes an agreement's status (e.g. activate, suspend, close).</summary>
    public async Task<Agreement?> SetStatusAsync(string code, AgreementStatus status, CancellationToken ct = default)
    {
        var agreement = await db.Set<Agreement>().SingleOrDefaultAsync(a => a.Code == code.ToUpperInvariant(), ct);
        if (agreement is null)
        {
            return null;
        }

        agreement.ChangeStatus(status);
        await db.SaveChangesAsync(ct);
        return agreement;
    }
}
