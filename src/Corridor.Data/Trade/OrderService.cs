using Corridor.Common;
using Corridor.Logistics;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Corridor.Trade;

/// <summary>
/// Orders of the acting organisation: promise, confirm and the later transitions. Confirm re-checks market access,
/// screening, the route and exchange rates, then in ONE transaction books capacity on every scheduled leg of the chosen
/// route (Logistics' <see cref="CapacityLedger"/>, which never oversells; the bookings carry the order's id) and, as its
/// last step, takes the order's value and quantities from the agreement's ceilings with conditional UPDATEs
/// (<c>committed + n &lt;= ceiling</c>), so two concurrent confirms cannot both pass a ceiling. Any failure rolls everything back: no booking, no ceiling use, status unchanged.
/// </summary>
public sealed class OrderService(CorridorDbContext db, PromiseService promises, ICurrentActor actor, TimeProvider clock, ILogger<OrderService>? log = null)
{
    private readonly ILogger _log = (ILogger?)log ?? NullLogger.Instance;

    public Task<TradeOrder?> FindAsync(string number, CancellationToken ct = default) =>
        db.Set<TradeOrder>().Include(o => o.Lines).Include(o => o.Transitions).SingleOrDefaultAsync(o => o.Number == number.ToUpperInvariant(), ct);

    /// <summary>The promise for an order; a promise without blockers moves a draft to promised.</summary>
    public async Task<Result<OrderPromise>?> PromiseAsync(string number, CancellationToken ct = default)
    {
        var order = await FindAsync(number, ct);
        if (order is null)
        {
            return null;
        }

        var promise = await promises.PromiseAsync(order, ct);
        if (promise.CanConfirm && order.Status == OrderStatus.Draft)
        {
            order.Promise(actor.Name, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            promise = promise with { Status = TradeOrder.Describe(order.Status) };
        }

        return Result<OrderPromise>.Success(promise);
    }

    /// <summary>
    /// Confirms an order (draft or promised). <paramref name="overrideReason"/> lets an administrator
    /// (<paramref name="isAdmin"/>) pass a ceiling; the override is recorded with the reason, who and when.
    /// Returns null when the order does not exist; a failure lists every reason.
    /// </summary>
    public async Task<Result<OrderPromise>?> ConfirmAsync(string number, string? overrideReason = null, bool isAdmin = false, CancellationToken ct = default)
    {
        var order = await FindAsync(number, ct);
        if (order is null)
        {
            return null;
        }

        if (order.Status is not (OrderStatus.Draft or OrderStatus.Promised))
        {
            return Result<OrderPromise>.Failure($"order {order.Number}: cannot go from {TradeOrder.Describe(order.Status)} to confirmed");
        }

        var overriding = !string.IsNullOrWhiteSpace(overrideReason);
        if (overriding && !isAdmin)
        {
            return Result<OrderPromise>.Failure("only an administrator may override a ceiling");
        }

        var promise = await promises.PromiseAsync(order, ct);

        // Ceilings are checked by the conditional updates at the end of the transaction, not here.
        var blocking = promise.Blockers.Where(b => b.Kind != BlockerKind.Ceiling).ToList();
        if (blocking.Count > 0)
        {
            foreach (var gate in blocking.Select(b => b.Kind.Code()).Distinct(StringComparer.Ordinal))
            {
                CorridorMetrics.GateRefused("order.confirm", gate);
            }

            CorridorLog.OrderRefused(_log, order.Number, actor.Name, string.Join("; ", blocking));
            return Result<OrderPromise>.Failure(blocking.Select(b => b.ToString()).ToList());
        }

        var now = clock.GetUtcNow();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var capacity = await BookRouteAsync(order, promise, now, ct);
            var failure = capacity ?? await TakeCeilingsAsync(order, promise, overriding, ct);
            if (failure is not null)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                CorridorMetrics.GateRefused("order.confirm", (capacity is not null ? BlockerKind.Capacity : BlockerKind.Ceiling).Code());
                CorridorLog.OrderRefused(_log, order.Number, actor.Name, failure);
                return Result<OrderPromise>.Failure(failure);
            }

            if (order.Status == OrderStatus.Draft)
            {
                order.Promise(actor.Name, now);
            }

            var confirmed = order.Confirm(promise.CeilingValueMinor ?? 0, actor.Name, now);
            if (!confirmed.Succeeded)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return Result<OrderPromise>.Failure(confirmed.Errors);
            }

            if (overriding && order.AgreementId is { } agreementId && promise.Blockers.Any(b => b.Kind == BlockerKind.Ceiling))
            {
                db.Add(new CeilingOverride(agreementId, order.Id, order.Number, overrideReason!, actor.Name, now));
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return Result<OrderPromise>.Failure($"order {order.Number} was changed by someone else; try again");
            }

            await tx.CommitAsync(ct);
            CorridorLog.OrderConfirmed(_log, order.Number, actor.Name);
            return Result<OrderPromise>.Success(promise with { Status = TradeOrder.Describe(order.Status) });
        });
    }

    /// <summary>Confirmed → in transit.</summary>
    public Task<Result<OrderStatus>?> DispatchAsync(string number, CancellationToken ct = default) =>
        TransitionAsync(number, o => o.Dispatch(actor.Name, clock.GetUtcNow()), null, ct);

    /// <summary>In transit → delivered; the agreement's delivered figures grow by the order.</summary>
    public Task<Result<OrderStatus>?> DeliverAsync(string number, CancellationToken ct = default) =>
        TransitionAsync(number, o => o.Deliver(actor.Name, clock.GetUtcNow()), async o =>
        {
            if (o.AgreementId is { } id)
            {
                var minor = o.CommittedMinor;
                await db.Set<Agreement>().Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.DeliveredMinor, a => a.DeliveredMinor + minor), ct);
                foreach (var (ceilingId, quantity) in await CeilingShareAsync(o, id, ct))
                {
                    await db.Set<QuantityCeiling>().Where(q => q.Id == ceilingId).ExecuteUpdateAsync(s => s.SetProperty(q => q.Delivered, q => q.Delivered + quantity), ct);
                }
            }
        }, ct);

    /// <summary>Draft, promised or confirmed → cancelled; a confirmed order gives back its ceiling use and its bookings.</summary>
    public Task<Result<OrderStatus>?> CancelAsync(string number, string reason, CancellationToken ct = default)
    {
        var wasCommitted = false;
        return TransitionAsync(number, o =>
        {
            wasCommitted = o.Status == OrderStatus.Confirmed;
            return o.Cancel(reason, actor.Name, clock.GetUtcNow());
        }, async o =>
        {
            if (!wasCommitted)
            {
                return;
            }

            if (o.AgreementId is { } id)
            {
                var minor = o.CommittedMinor;
                await db.Set<Agreement>().Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.CommittedMinor, a => a.CommittedMinor - minor), ct);
                foreach (var (ceilingId, quantity) in await CeilingShareAsync(o, id, ct))
                {
                    await db.Set<QuantityCeiling>().Where(q => q.Id == ceilingId).ExecuteUpdateAsync(s => s.SetProperty(q => q.Committed, q => q.Committed - quantity), ct);
                }
            }

            var now = clock.GetUtcNow();
            var ledger = new CapacityLedger(db);
            foreach (var booking in await db.Set<Booking>().Where(b => b.OrderId == o.Id && b.Status == BookingStatus.Confirmed).ToListAsync(ct))
            {
                await ledger.CancelAsync(booking, now, ct);
            }
        }, ct);
    }

    private async Task<Result<OrderStatus>?> TransitionAsync(string number, Func<TradeOrder, Result<OrderStatus>> move, Func<TradeOrder, Task>? effects, CancellationToken ct)
    {
        var order = await FindAsync(number, ct);
        if (order is null)
        {
            return null;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var result = move(order);
            if (!result.Succeeded)
            {
                return result;
            }

            if (effects is not null)
            {
                await effects(order);
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                await tx.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return Result<OrderStatus>.Failure($"order {order.Number} was changed by someone else; try again");
            }

            await tx.CommitAsync(ct);
            return result;
        });
    }

    private async Task<string?> BookRouteAsync(TradeOrder order, OrderPromise promise, DateTimeOffset now, CancellationToken ct)
    {
        if (promise.ChosenRoute is not { } route || promise.Cargo is not { } cargo)
        {
            return $"order {order.Number}: no route to book";
        }

        var ledger = new CapacityLedger(db);
        foreach (var leg in route.Legs.Where(l => l.DepartureId is not null && l.CapacityUnit is not null))
        {
            var units = cargo.UnitsOn(leg.CapacityUnit!.Value);
            var booking = Booking.Confirmed(leg.DepartureId!.Value, units, leg.CapacityUnit.Value, cargo.ToString(), order.Number, now, order.Id);
            if (!await ledger.TryBookAsync(booking, ct))
            {
                return $"capacity: {leg.ServiceCode} {leg.DepartsAt:yyyy-MM-dd HH:mm} no longer has room for {units} {leg.CapacityUnit.Value.ToString().ToLowerInvariant()}";
            }
        }

        return null;
    }

    private async Task<string?> TakeCeilingsAsync(TradeOrder order, OrderPromise promise, bool overriding, CancellationToken ct)
    {
        if (order.AgreementId is not { } id)
        {
            return null;
        }

        var minor = promise.CeilingValueMinor ?? 0;
        var taken = overriding
            ? await db.Set<Agreement>().Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.CommittedMinor, a => a.CommittedMinor + minor), ct)
            : await db.Set<Agreement>().Where(a => a.Id == id && (a.CeilingMinor == null || a.CommittedMinor + minor <= a.CeilingMinor))
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.CommittedMinor, a => a.CommittedMinor + minor), ct);
        if (taken != 1)
        {
            var a = await db.Set<Agreement>().AsNoTracking().SingleAsync(x => x.Id == id, ct);
            return $"ceiling: the order's {Agreement.FromMinor(minor, a.Currency)} would take agreement {a.Code} to {Agreement.FromMinor(a.CommittedMinor + minor, a.Currency)}, above its value ceiling of {a.ValueCeiling}";
        }

        foreach (var (ceilingId, quantity) in await CeilingShareAsync(order, id, ct))
        {
            var ok = overriding
                ? await db.Set<QuantityCeiling>().Where(q => q.Id == ceilingId).ExecuteUpdateAsync(s => s.SetProperty(q => q.Committed, q => q.Committed + quantity), ct)
                : await db.Set<QuantityCeiling>().Where(q => q.Id == ceilingId && q.Committed + quantity <= q.MaxQuantity)
                    .ExecuteUpdateAsync(s => s.SetProperty(q => q.Committed, q => q.Committed + quantity), ct);
            if (ok != 1)
            {
                var q = await db.Set<QuantityCeiling>().AsNoTracking().SingleAsync(x => x.Id == ceilingId, ct);
                return $"ceiling: {quantity} more units of '{q.Label}' would make {q.Committed + quantity}, above its ceiling of {q.MaxQuantity}";
            }
        }

        return null;
    }

    private async Task<List<(long Id, int Quantity)>> CeilingShareAsync(TradeOrder order, Guid agreementId, CancellationToken ct)
    {
        var ceilings = await db.Set<QuantityCeiling>().AsNoTracking().Where(q => q.AgreementId == agreementId).ToListAsync(ct);
        var partCodes = order.Lines.Where(l => l.ItemKind == OrderItemKind.Part).Select(l => l.ItemCode).ToList();
        var parts = await db.Parts.AsNoTracking().Where(p => partCodes.Contains(p.PartNumber)).ToDictionaryAsync(p => p.PartNumber, StringComparer.OrdinalIgnoreCase, ct);
        return ceilings.Select(q => (q.Id, order.Lines.Where(l => q.Covers(l.ItemCode, PromiseService.GroupOf(l, parts))).Sum(l => l.Quantity)))
            .Where(x => x.Item2 > 0).ToList();
    }
}
