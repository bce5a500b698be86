using Corridor.Common;

namespace Corridor.Trade;

/// <summary>The shapes trade's API and CLI return (snake_case in JSON).</summary>
public static class TradeDtos
{
    public sealed record MoneyDto(decimal Amount, string Currency)
    {
        public static MoneyDto Of(Money m) => new(m.Amount, m.Currency.Code);
    }

    public sealed record ComponentDto(string Name, MoneyDto Amount, string? Rule, string PaidBy, string Basis);

    public sealed record LineLandedCostDto(int Line, string Item, int Quantity, string Regime, IReadOnlyList<ComponentDto> PerUnit, MoneyDto UnitTotal, MoneyDto LineTotal);

    public sealed record LandedCostDto(string Currency, IReadOnlyList<LineLandedCostDto> Lines, MoneyDto? Total, IReadOnlyList<string> Missing);

    public sealed record PromiseLineDto(int Line, string ItemKind, string Item, int Quantity, MoneyDto UnitPrice, bool? Eligible, IReadOnlyList<string> AccessReasons,
        IReadOnlyList<string> AccessWarnings, MoneyDto? LandedUnitCost);

    public sealed record RouteDto(int Rank, DateTimeOffset EtaP50, DateTimeOffset EtaP90, MoneyDto Cost, bool Late, int? LeastFreeCapacity, string? CapacityUnit,
        int? UnitsNeeded, bool HasRoom, bool Chosen, IReadOnlyList<string> Legs);

    /// <summary>A blocker on the wire: its kind's code (market_access, screening, ceiling, capacity, route, agreement, exchange_rate, item), the line if any, and why.</summary>
    public sealed record BlockerDto(string Kind, int? Line, string Reason)
    {
        public static BlockerDto Of(PromiseBlocker b) => new(b.Kind.Code(), b.Line, b.Reason);
    }

    /// <summary>A ceiling against the order on the wire; the state is ok, warning (at 80 %) or exceeded.</summary>
    public sealed record PromiseCeilingDto(string Label, string Unit, decimal Limit, decimal Used, decimal ThisOrder, decimal RemainingAfter, decimal ShareAfter, string State)
    {
        public static PromiseCeilingDto Of(CeilingAssessment c) =>
            new(c.Label, c.Unit, c.Limit, c.Used, c.ThisOrder, c.RemainingAfter, c.ShareAfter, c.State.ToString().ToLowerInvariant());
    }

    public sealed record PromiseDto(string Order, string Status, DateOnly AsOf, DateOnly RequestedDate, string Market, bool CanConfirm,
        IReadOnlyList<PromiseLineDto> Lines, IReadOnlyList<BlockerDto> Blockers, IReadOnlyList<RouteDto> Routes, LandedCostDto LandedCost,
        IReadOnlyList<PromiseParty> Parties, IReadOnlyList<PromiseCeilingDto> Ceilings, IReadOnlyList<string> Warnings);

    public static PromiseDto ToDto(OrderPromise p) => new(
        p.Order, p.Status, p.AsOf, p.RequestedDate, p.Market, p.CanConfirm,
        p.Lines.Select(l => new PromiseLineDto(l.Line, l.ItemKind, l.Item, l.Quantity, MoneyDto.Of(l.UnitPrice), l.Eligible, l.AccessReasons, l.AccessWarnings,
            l.LandedCost is { } c ? MoneyDto.Of(c.Total) : null)).ToList(),
        p.Blockers.Select(BlockerDto.Of).ToList(),
        p.Routes.Select(r => new RouteDto(r.Rank, r.EtaP50, r.EtaP90, MoneyDto.Of(r.Cost), r.Late, r.LeastFreeCapacity, r.CapacityUnit, r.UnitsNeeded, r.HasRoom, r.Chosen, r.Legs)).ToList(),
        new LandedCostDto(p.Currency,
            p.Lines.Where(l => l.LandedCost is not null).Select(l => new LineLandedCostDto(l.Line, l.Item, l.Quantity, l.LandedCost!.Regime,
                l.LandedCost.Components.Select(c => new ComponentDto(c.Name, MoneyDto.Of(c.Amount), c.Rule, c.PaidBy.ToString().ToLowerInvariant(), c.Basis)).ToList(),
                MoneyDto.Of(l.LandedCost.Total), MoneyDto.Of(l.LandedCost.Total * l.Quantity))).ToList(),
            p.LandedTotal is { } t ? MoneyDto.Of(t) : null,
            p.Lines.SelectMany(l => l.LandedCostErrors.Select(e => $"line {l.Line}: {e}")).ToList()),
        p.Parties, p.Ceilings.Select(PromiseCeilingDto.Of).ToList(), p.Warnings);

    public sealed record OrderLineDto(int Line, string ItemKind, string Item, int Quantity, decimal UnitPrice);

    public sealed record TransitionDto(string From, string To, string By, DateTimeOffset At, string? Note);

    public sealed record OrderDto(string Number, string Status, string? Agreement, Guid BuyerId, Guid? ConsigneeId, string Origin, string Delivery, string Market,
        DateOnly OrderDate, DateOnly RequestedDate, string Incoterm, string Currency, MoneyDto Total, IReadOnlyList<OrderLineDto> Lines, IReadOnlyList<TransitionDto> Transitions);

    public static OrderDto ToDto(TradeOrder o, string? agreementCode) => new(
        o.Number, TradeOrder.Describe(o.Status), agreementCode, o.BuyerId, o.ConsigneeId, o.OriginNode, o.DeliveryNode, o.Market, o.OrderDate, o.RequestedDate,
        o.Incoterm.ToString(), o.Currency, MoneyDto.Of(o.Total),
        o.Lines.OrderBy(l => l.LineNo).Select(l => new OrderLineDto(l.LineNo, l.ItemKind == OrderItemKind.Model ? "model" : "part", l.ItemCode, l.Quantity, l.UnitPrice)).ToList(),
        o.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id).Select(t => new TransitionDto(TradeOrder.Describe(t.From), TradeOrder.Describe(t.To), t.By, t.At, t.Note)).ToList());

    public sealed record CeilingDto(string Label, string? Items, string? ProductGroup, int Max, int Committed, int Delivered);

    public sealed record AgreementDto(string Code, string Kind, string Title, string Seller, DateOnly From, DateOnly? Until, MoneyDto? ValueCeiling, MoneyDto Committed,
        MoneyDto Delivered, IReadOnlyList<CeilingDto> QuantityCeilings, IReadOnlyList<string> Prices, string Incoterm, string PaymentCurrency, string PaymentTerms,
        string Status, IReadOnlyList<Guid> Parties, string Source, string? Assumption);

    public static AgreementDto ToDto(Agreement a) => new(
        a.Code, a.Kind.ToString().ToLowerInvariant(), a.Title, a.SellerMakerCode, a.From, a.Until, a.ValueCeiling is { } v ? MoneyDto.Of(v) : null,
        MoneyDto.Of(a.Committed), MoneyDto.Of(a.Delivered),
        a.QuantityCeilings.OrderBy(q => q.Label).Select(q => new CeilingDto(q.Label, q.ItemCodes.Length > 0 ? q.ItemCodes : null, q.ProductGroup, q.MaxQuantity, q.Committed, q.Delivered)).ToList(),
        a.Prices.OrderBy(p => p.ItemCode).Select(p => $"{p.ItemCode}={p.Price}").ToList(), a.Incoterm.ToString(), a.PaymentCurrency, a.PaymentTerms,
        a.Status.ToString().ToLowerInvariant(), a.Parties.Select(p => p.CounterpartyId).ToList(), a.Source, a.Assumption);
}
