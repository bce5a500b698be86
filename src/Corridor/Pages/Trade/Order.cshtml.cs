using Corridor.Common;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Trade;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Trade;

/// <summary>
/// One order: its lines, parties, promise (market access, screening, ceilings, routes, landed cost, blockers) and its
/// history, with the life-cycle actions its state allows (promise, confirm, dispatch, deliver, cancel). The actions show
/// only to the roles of the trade-write policy, and every post checks that policy again on the server.
/// </summary>
public sealed class OrderModel(OrderService orders, PromiseService promises, CorridorDbContext db, IAuthorizationService authorization) : PageModel
{
    public TradeOrder Order { get; private set; } = null!;

    public OrderPromise Promise { get; private set; } = null!;

    public string? AgreementCode { get; private set; }

    public IReadOnlyDictionary<Guid, string> PartyNames { get; private set; } = new Dictionary<Guid, string>();

    public bool CanWrite { get; private set; }

    public bool IsAdmin => User.IsInRole(Roles.Admin);

    /// <summary>What the last action did, as a sentence.</summary>
    public string? Message { get; private set; }

    /// <summary>Why the last action was refused: one sentence per reason.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken ct) => await ShowAsync(number, ct);

    public Task<IActionResult> OnPostPromiseAsync(string number, CancellationToken ct) =>
        ActAsync(number, async () => Outcome(await orders.PromiseAsync(number, ct), p => p.CanConfirm ? "Promised: nothing blocks this order." : "Still blocked; see the blockers below."), ct);

    public Task<IActionResult> OnPostConfirmAsync(string number, string? overrideReason, CancellationToken ct) =>
        ActAsync(number, async () => Outcome(await orders.ConfirmAsync(number, overrideReason, IsAdmin, ct), _ => "Confirmed: capacity booked on the chosen route and the agreement's ceilings taken."), ct);

    public Task<IActionResult> OnPostDispatchAsync(string number, CancellationToken ct) =>
        ActAsync(number, async () => Outcome(await orders.DispatchAsync(number, ct), s => $"Dispatched: the order is now {Labels.Words(TradeOrder.Describe(s))}."), ct);

    public Task<IActionResult> OnPostDeliverAsync(string number, CancellationToken ct) =>
        ActAsync(number, async () => Outcome(await orders.DeliverAsync(number, ct), s => $"Delivered: the order is now {Labels.Words(TradeOrder.Describe(s))}."), ct);

    public Task<IActionResult> OnPostCancelAsync(string number, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ActAsync(number, () => Task.FromResult<bool?>(Refuse("reason: give a reason for cancelling")), ct);
        }

        return ActAsync(number, async () => Outcome(await orders.CancelAsync(number, reason, ct), _ => "Cancelled: capacity and ceilings given back."), ct);
    }

    private bool? Refuse(string error)
    {
        Errors = [error];
        return false;
    }

    private bool? Outcome<T>(Result<T>? result, Func<T, string> success)
    {
        if (result is null)
        {
            return null;
        }

        if (result.Succeeded)
        {
            Message = success(result.Value);
            return true;
        }

        Errors = result.Errors;
        return false;
    }

    private async Task<IActionResult> ActAsync(string number, Func<Task<bool?>> action, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteTrade)).Succeeded)
        {
            return Forbid();
        }

        if (await action() is null)
        {
            return NotFound();
        }

        db.ChangeTracker.Clear();
        return await ShowAsync(number, ct);
    }

    private async Task<IActionResult> ShowAsync(string number, CancellationToken ct)
    {
        var order = await orders.FindAsync(number, ct);
        if (order is null)
        {
            return NotFound();
        }

        Order = order;
        Promise = await promises.PromiseAsync(order, ct);
        AgreementCode = order.AgreementId is { } id ? await db.Set<Agreement>().AsNoTracking().Where(a => a.Id == id).Select(a => a.Code).SingleOrDefaultAsync(ct) : null;
        var parties = order.PartyIds.ToArray();
        PartyNames = await db.Counterparties.AsNoTracking().Where(c => parties.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteTrade)).Succeeded;
        return Page();
    }
}
