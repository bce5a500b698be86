using System.Security.Claims;
using Corridor.Common;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using static Corridor.Trade.TradeDtos;

namespace Corridor.Trade;

/// <summary>
/// Trade: exchange rates and conversion, trade partners, agreements with their burn-down, orders with their promise,
/// confirmation and life cycle, targets with progress. Writes need <see cref="Policies.WriteTrade"/>; ceiling overrides
/// need the admin role as well.
/// </summary>
public static class TradeApi
{
    public static IEndpointRouteBuilder MapTradeApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/trade").WithTags("Trade").RequireAuthorization(Policies.Read);

        api.MapGet("/exchange-rates", ListRates).WithName("ListExchangeRates").WithSummary("Dated exchange rates, optionally for one currency.");
        api.MapPost("/exchange-rates", SaveRate).WithName("SaveExchangeRate")
            .WithSummary("Enters the rate of a pair on a day (shared reference data): a new row (201), or the stored rate of that pair and day replaced (200).")
            .RequireAuthorization(Policies.WriteReference);
        api.MapGet("/convert", Convert).WithName("ConvertMoney").WithSummary("Converts an amount at the rate of a day, rounded to the target's minor units; a missing rate is a 422 naming pair and day.");
        api.MapGet("/partners", ListPartners).WithName("ListTradePartners").WithSummary("Trade partners (counterparties with roles and addresses).");

        api.MapGet("/agreements", ListAgreements).WithName("ListAgreements").WithSummary("Agreements with their ceilings and what is committed.");
        api.MapGet("/agreements/{code}", GetAgreement).WithName("GetAgreement").WithSummary("One agreement by code.");
        api.MapGet("/agreements/{code}/burn-down", GetBurnDown).WithName("GetAgreementBurnDown").WithSummary("The orders that use an agreement's ceilings, in day order, and the overrides.");
        api.MapPost("/agreements", CreateAgreement).WithName("CreateAgreement")
            .WithSummary("Adds an agreement (MoU, framework, supply contract): parties, half-open period, value and quantity ceilings, price list, Incoterm, payment; 409 when the code exists.")
            .RequireAuthorization(Policies.WriteTrade);
        api.MapPut("/agreements/{code}", UpdateAgreement).WithName("UpdateAgreement")
            .WithSummary("Edits an agreement's terms while its state allows it (not closed; ceilings not below what orders use); 409 when refused.")
            .RequireAuthorization(Policies.WriteTrade);
        api.MapPost("/agreements/{code}/status", SetAgreementStatus).WithName("SetAgreementStatus").WithSummary("Activates, suspends or closes an agreement.").RequireAuthorization(Policies.WriteTrade);

        api.MapGet("/orders", ListOrders).WithName("ListOrders").WithSummary("Orders, newest first.");
        api.MapGet("/orders/{number}", GetOrder).WithName("GetOrder").WithSummary("One order with its lines and transitions.");
        api.MapPost("/orders", CreateOrder).WithName("CreateOrder").WithSummary("Adds a draft order with its lines (prices default to the agreement's price list).").RequireAuthorization(Policies.WriteTrade);
        api.MapPost("/orders/preview", PreviewPromise).WithName("PreviewOrderPromise").WithSummary("The promise for an order that is not saved (the order-entry form's live panel); nothing is stored.").RequireAuthorization(Policies.WriteTrade);
        api.MapGet("/orders/{number}/promise", GetPromise).WithName("GetOrderPromise").WithSummary("The promise for a stored order: lines, blockers, routes, landed cost; changes nothing.");
        api.MapPost("/orders/{number}/promise", Promise).WithName("PromiseOrder").WithSummary("Promises an order: a draft without blockers becomes promised.").RequireAuthorization(Policies.WriteTrade);
        api.MapPost("/orders/{number}/confirm", Confirm).WithName("ConfirmOrder").WithSummary("Re-checks every gate and books capacity and ceilings in one transaction; 409 with every reason when refused.").RequireAuthorization(Policies.WriteTrade);
        api.MapPost("/orders/{number}/dispatch", Dispatch).WithName("DispatchOrder").WithSummary("Confirmed → in transit.").RequireAuthorization(Policies.WriteTrade);
        api.MapPost("/orders/{number}/deliver", Deliver).WithName("DeliverOrder").WithSummary("In transit → delivered.").RequireAuthorization(Policies.WriteTrade);
        api.MapPost("/orders/{number}/cancel", Cancel).WithName("CancelOrder").WithSummary("Cancels a draft, promised or confirmed order, giving back capacity and ceilings.").RequireAuthorization(Policies.WriteTrade);

        api.MapGet("/targets", ListTargets).WithName("ListTargets").WithSummary("Targets with progress and a projection to the period end.");
        return app;
    }

    public sealed record RateDto(string Base, string Quote, DateOnly Day, decimal Rate, string Source, string? Assumption);

    public sealed record PartnerDto(string Code, Guid CounterpartyId, string Name, string? Country, string Roles, string? Address);

    public sealed record StatusInput(string Status);

    public sealed record ConfirmInput(string? OverrideReason);

    public sealed record CancelInput(string Reason);

    private static async Task<Ok<List<RateDto>>> ListRates(string? currency, ExchangeRateService rates, CancellationToken ct) =>
        TypedResults.Ok((await rates.ListAsync(currency, ct)).Select(RateOf).ToList());

    private static async Task<Results<Created<RateDto>, Ok<RateDto>, ValidationProblem>> SaveRate(RateDto input, ExchangeRateService rates, CancellationToken ct)
    {
        var saved = await rates.SaveAsync(input.Base, input.Quote, input.Day, input.Rate, input.Source, input.Assumption, ct);
        if (!saved.Succeeded)
        {
            return TypedResults.ValidationProblem(saved.Errors.GroupBy(e => e[..Math.Max(0, e.IndexOf(':', StringComparison.Ordinal))])
                .ToDictionary(g => g.Key, g => g.Select(e => e[(e.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).ToArray()));
        }

        var dto = RateOf(saved.Value.Rate);
        return saved.Value.Created ? TypedResults.Created($"/api/trade/exchange-rates?currency={dto.Base}", dto) : TypedResults.Ok(dto);
    }

    private static RateDto RateOf(ExchangeRate r) => new(r.Base, r.Quote, r.Day, r.Rate, r.Source, r.Assumption);

    private static async Task<Results<Ok<MoneyDto>, ValidationProblem, UnprocessableProblem>> Convert(
        decimal amount, string from, string to, DateOnly day, TradeReferenceStore reference, CancellationToken ct)
    {
        if (!Currency.TryParse(from, out var f))
        {
            return Validation.Problem("from", $"'{from}' is not a known ISO 4217 currency code");
        }

        if (!Currency.TryParse(to, out var t))
        {
            return Validation.Problem("to", $"'{to}' is not a known ISO 4217 currency code");
        }

        var result = (await reference.LoadAsync(ct)).Rates.Convert(new Money(amount, f), t, day);
        return result.Succeeded
            ? TypedResults.Ok(MoneyDto.Of(result.Value))
            : new UnprocessableProblem("Missing exchange rate", result.Errors[0]);
    }

    private static async Task<Ok<List<PartnerDto>>> ListPartners(CorridorDbContext db, CancellationToken ct)
    {
        // Ordered on the joined columns, then projected: EF cannot translate an order-by on the record it projects into.
        var rows = await db.Set<TradePartner>().AsNoTracking()
            .Join(db.Counterparties.AsNoTracking(), p => p.CounterpartyId, c => c.Id, (p, c) => new { p.Code, c.Id, c.Name, c.Country, p.Roles, p.Address })
            .OrderBy(x => x.Code)
            .Select(x => new PartnerDto(x.Code, x.Id, x.Name, x.Country, x.Roles, x.Address))
            .ToListAsync(ct);
        return TypedResults.Ok(rows);
    }

    private static async Task<Ok<List<AgreementDto>>> ListAgreements(AgreementService agreements, CancellationToken ct) =>
        TypedResults.Ok((await agreements.ListAsync(ct)).Select(TradeDtos.ToDto).ToList());

    private static async Task<Results<Ok<AgreementDto>, NotFound>> GetAgreement(string code, AgreementService agreements, CancellationToken ct) =>
        await agreements.FindAsync(code, ct) is { } a ? TypedResults.Ok(TradeDtos.ToDto(a)) : TypedResults.NotFound();

    public sealed record BurnDownDto(AgreementDto Agreement, IReadOnlyList<BurnDownOrderDto> Orders, IReadOnlyList<OverrideDto> Overrides);

    public sealed record BurnDownOrderDto(string Order, DateOnly OrderDate, string Status, MoneyDto Value, int Units);

    public sealed record OverrideDto(string Order, string Reason, string By, DateTimeOffset At);

    private static async Task<Results<Ok<BurnDownDto>, NotFound>> GetBurnDown(string code, AgreementService agreements, CancellationToken ct) =>
        await agreements.BurnDownAsync(code, ct) is { } b
            ? TypedResults.Ok(new BurnDownDto(TradeDtos.ToDto(b.Agreement),
                b.Orders.Select(o => new BurnDownOrderDto(o.Order, o.OrderDate, o.Status, MoneyDto.Of(o.Value), o.Units)).ToList(),
                b.Overrides.Select(o => new OverrideDto(o.OrderNumber, o.Reason, o.By, o.At)).ToList()))
            : TypedResults.NotFound();

    private static async Task<Results<Created<AgreementDto>, ValidationProblem, ConflictProblem>> CreateAgreement(AgreementInput input, AgreementEntry entry,
        AgreementService agreements, CancellationToken ct)
    {
        var w = await entry.CreateAsync(input, ct);
        return w.Invalid is { } invalid ? TypedResults.ValidationProblem(invalid)
            : w.Conflict is { } conflict ? new ConflictProblem("Agreement not created", conflict)
            : TypedResults.Created($"/api/trade/agreements/{w.Agreement!.Code}", TradeDtos.ToDto((await agreements.FindAsync(w.Agreement.Code, ct))!));
    }

    private static async Task<Results<Ok<AgreementDto>, NotFound, ValidationProblem, ConflictProblem>> UpdateAgreement(string code, AgreementInput input,
        AgreementEntry entry, AgreementService agreements, CancellationToken ct)
    {
        var w = await entry.UpdateAsync(code, input, ct);
        return w.NotFound ? TypedResults.NotFound()
            : w.Invalid is { } invalid ? TypedResults.ValidationProblem(invalid)
            : w.Conflict is { } conflict ? new ConflictProblem("Agreement not changed", conflict)
            : TypedResults.Ok(TradeDtos.ToDto((await agreements.FindAsync(w.Agreement!.Code, ct))!));
    }

    private static async Task<Results<Ok<AgreementDto>, NotFound, ValidationProblem>> SetAgreementStatus(string code, StatusInput input, AgreementService agreements, CancellationToken ct)
    {
        if (!Enum.TryParse<AgreementStatus>(input.Status, true, out var status) || !Enum.IsDefined(status))
        {
            return Validation.Problem("status", $"'{input.Status}' is not draft, active, suspended or closed");
        }

        return await agreements.SetStatusAsync(code, status, ct) is { } a ? TypedResults.Ok(TradeDtos.ToDto(a)) : TypedResults.NotFound();
    }

    private static async Task<Ok<List<OrderDto>>> ListOrders(CorridorDbContext db, CancellationToken ct)
    {
        var orders = await db.Set<TradeOrder>().AsNoTracking().Include(o => o.Lines).Include(o => o.Transitions).OrderByDescending(o => o.CreatedAt).ThenBy(o => o.Number).ToListAsync(ct);
        var codes = await db.Set<Agreement>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, ct);
        return TypedResults.Ok(orders.Select(o => TradeDtos.ToDto(o, o.AgreementId is { } id ? codes.GetValueOrDefault(id) : null)).ToList());
    }

    private static async Task<Results<Ok<OrderDto>, NotFound>> GetOrder(string number, OrderService orders, CorridorDbContext db, CancellationToken ct)
    {
        var o = await orders.FindAsync(number, ct);
        if (o is null)
        {
            return TypedResults.NotFound();
        }

        var code = o.AgreementId is { } id ? await db.Set<Agreement>().Where(a => a.Id == id).Select(a => a.Code).SingleOrDefaultAsync(ct) : null;
        return TypedResults.Ok(TradeDtos.ToDto(o, code));
    }

    private static async Task<Results<Created<OrderDto>, ValidationProblem, ConflictProblem>> CreateOrder(OrderInput input, OrderEntry entry, CancellationToken ct)
    {
        var created = await entry.CreateAsync(input, ct);
        return created.Invalid is { } invalid ? TypedResults.ValidationProblem(invalid)
            : created.Conflict is { } conflict ? new ConflictProblem("Order exists", conflict)
            : TypedResults.Created($"/api/trade/orders/{created.Order!.Number}", TradeDtos.ToDto(created.Order, input.Agreement?.ToUpperInvariant()));
    }

    private static async Task<Results<Ok<PromiseDto>, ValidationProblem>> PreviewPromise(OrderInput input, OrderEntry entry, PromiseService promises, CancellationToken ct)
    {
        var built = await entry.BuildAsync(input with { Number = input.Number ?? "PREVIEW" }, ct);
        if (!built.Succeeded)
        {
            return TypedResults.ValidationProblem(OrderEntry.ByField(built.Errors));
        }

        return TypedResults.Ok(TradeDtos.ToDto(await promises.PromiseAsync(built.Value, ct)));
    }

    private static async Task<Results<Ok<PromiseDto>, NotFound>> GetPromise(string number, OrderService orders, PromiseService promises, CancellationToken ct) =>
        await orders.FindAsync(number, ct) is { } o ? TypedResults.Ok(TradeDtos.ToDto(await promises.PromiseAsync(o, ct))) : TypedResults.NotFound();

    private static async Task<Results<Ok<PromiseDto>, NotFound>> Promise(string number, OrderService orders, CancellationToken ct) =>
        await orders.PromiseAsync(number, ct) is { } r ? TypedResults.Ok(TradeDtos.ToDto(r.Value)) : TypedResults.NotFound();

    private static async Task<Results<Ok<PromiseDto>, NotFound, ConflictProblem>> Confirm(string number, ConfirmInput? input, OrderService orders, ClaimsPrincipal user, CancellationToken ct)
    {
        var result = await orders.ConfirmAsync(number, input?.OverrideReason, user.IsInRole(Roles.Admin), ct);
        return result is null ? TypedResults.NotFound()
            : result.Succeeded ? TypedResults.Ok(TradeDtos.ToDto(result.Value))
            : new ConflictProblem("Order not confirmed", string.Join(" ", result.Errors), result.Errors);
    }

    private static async Task<Results<Ok<string>, NotFound, ConflictProblem>> Dispatch(string number, OrderService orders, CancellationToken ct) =>
        Transition(await orders.DispatchAsync(number, ct));

    private static async Task<Results<Ok<string>, NotFound, ConflictProblem>> Deliver(string number, OrderService orders, CancellationToken ct) =>
        Transition(await orders.DeliverAsync(number, ct));

    private static async Task<Results<Ok<string>, NotFound, ConflictProblem>> Cancel(string number, CancelInput input, OrderService orders, CancellationToken ct) =>
        Transition(await orders.CancelAsync(number, input.Reason, ct));

    private static Results<Ok<string>, NotFound, ConflictProblem> Transition(Result<OrderStatus>? result) =>
        result is null ? TypedResults.NotFound()
        : result.Succeeded ? TypedResults.Ok(TradeOrder.Describe(result.Value))
        : new ConflictProblem("Transition refused", result.Errors[0], result.Errors);

    private static async Task<Ok<IReadOnlyList<TargetProgress>>> ListTargets(TargetService targets, CancellationToken ct) =>
        TypedResults.Ok(await targets.ProgressAsync(ct));
}
