using Corridor.Common;

namespace Corridor.Trade;

/// <summary>
/// An order of the organisation, optionally under an <see cref="Agreement"/>: lines, buyer (and consignee), origin and
/// delivery node of the corridor network, destination market, requested delivery day, Incoterms rule and currency.
/// Status changes only through the verb methods, each of which checks the current status and records who and when;
/// a refused change returns a failure naming both statuses and changes nothing.
/// </summary>
public sealed class TradeOrder : IOrganisationOwned
{
    private readonly List<OrderLine> _lines = [];
    private readonly List<OrderTransition> _transitions = [];

    private TradeOrder()
    {
        Number = OriginNode = DeliveryNode = Market = Currency = CreatedBy = "";
    }

    /// <exception cref="ArgumentException">A field is invalid (named in the message).</exception>
    public TradeOrder(string number, Guid? agreementId, Guid buyerId, Guid? consigneeId, string originNode, string deliveryNode, CountryCode market,
        DateOnly orderDate, DateOnly requestedDate, Incoterm incoterm, Currency currency, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        Number = Guard.Code(number, "number");
        AgreementId = agreementId;
        BuyerId = buyerId;
        ConsigneeId = consigneeId;
        OriginNode = Guard.Code(originNode, "origin");
        DeliveryNode = Guard.Code(deliveryNode, "delivery place");
        Market = market.Value;
        OrderDate = orderDate;
        RequestedDate = requestedDate >= orderDate ? requestedDate : throw new ArgumentException($"requested date {requestedDate:yyyy-MM-dd} is before the order date {orderDate:yyyy-MM-dd}.", nameof(requestedDate));
        Incoterm = incoterm;
        Currency = currency.Code;
        Status = OrderStatus.Draft;
        CreatedBy = Guard.Text(by, "by");
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string Number { get; private set; }

    public Guid? AgreementId { get; private set; }

    public Guid BuyerId { get; private set; }

    public Guid? ConsigneeId { get; private set; }

    /// <summary>Network node the goods leave from (the maker's plant).</summary>
    public string OriginNode { get; private set; }

    /// <summary>Network node of the delivery place.</summary>
    public string DeliveryNode { get; private set; }

    /// <summary>Destination market, ISO 3166-1 alpha-2.</summary>
    public string Market { get; private set; }

    /// <summary>The order's day: value ceilings convert the order at this day's rate.</summary>
    public DateOnly OrderDate { get; private set; }

    public DateOnly RequestedDate { get; private set; }

    public Incoterm Incoterm { get; private set; }

    public string Currency { get; private set; }

    public OrderStatus Status { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The value taken from the agreement's value ceiling at confirmation, in its minor units (0 before).</summary>
    public long CommittedMinor { get; private set; }

    public IReadOnlyCollection<OrderLine> Lines => _lines;

    public IReadOnlyCollection<OrderTransition> Transitions => _transitions;

    public Money Total => new(_lines.Sum(l => l.Quantity * l.UnitPrice), Common.Currency.Parse(Currency));

    public IEnumerable<Guid> PartyIds => ConsigneeId is { } c && c != BuyerId ? [BuyerId, c] : [BuyerId];

    /// <summary>Adds a line (draft or promised only; a promised order returns to draft).</summary>
    public Result<OrderLine> AddLine(OrderItemKind kind, string itemCode, int quantity, decimal unitPrice, string by, DateTimeOffset at)
    {
        if (Status is not (OrderStatus.Draft or OrderStatus.Promised))
        {
            return Result<OrderLine>.Failure($"order {Number}: lines can be added only to a draft or promised order, not a {Describe(Status)} one");
        }

        if (_lines.Count >= 200)
        {
            return Result<OrderLine>.Failure($"order {Number}: at most 200 lines");
        }

        var line = new OrderLine(_lines.Count == 0 ? 1 : _lines.Max(l => l.LineNo) + 1, kind, itemCode, quantity, unitPrice);
        _lines.Add(line);
        if (Status == OrderStatus.Promised)
        {
            Move(OrderStatus.Draft, by, at, "changed after the promise");
        }

        return Result<OrderLine>.Success(line);
    }

    /// <summary>Records that a promise was given with no blocker: Draft → Promised (a promised order may be promised again).</summary>
    public Result<OrderStatus> Promise(string by, DateTimeOffset at) =>
        Status is OrderStatus.Draft or OrderStatus.Promised ? Ok(OrderStatus.Promised, by, at, null) : Refuse(OrderStatus.Promised);

    /// <summary>Promised → Confirmed, after every gate passed and capacity was booked; keeps the committed ceiling value.</summary>
    public Result<OrderStatus> Confirm(long committedMinor, string by, DateTimeOffset at)
    {
        if (Status != OrderStatus.Promised)
        {
            return Refuse(OrderStatus.Confirmed);
        }

        if (_lines.Count == 0)
        {
            return Result<OrderStatus>.Failure($"order {Number} has no lines");
        }

        CommittedMinor = committedMinor;
        return Ok(OrderStatus.Confirmed, by, at, null);
    }

    /// <summary>Confirmed → InTransit: the goods left.</summary>
    public Result<OrderStatus> Dispatch(string by, DateTimeOffset at) =>
        Status == OrderStatus.Confirmed ? Ok(OrderStatus.InTransit, by, at, null) : Refuse(OrderStatus.InTransit);

    /// <summary>InTransit → Delivered.</summary>
    public Result<OrderStatus> Deliver(string by, DateTimeOffset at) =>
        Status == OrderStatus.InTransit ? Ok(OrderStatus.Delivered, by, at, null) : Refuse(OrderStatus.Delivered);

    /// <summary>Draft, Promised or Confirmed → Cancelled, with a reason.</summary>
    public Result<OrderStatus> Cancel(string reason, string by, DateTimeOffset at)
    {
        if (Status is not (OrderStatus.Draft or OrderStatus.Promised or OrderStatus.Confirmed))
        {
            return Refuse(OrderStatus.Cancelled);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<OrderStatus>.Failure($"order {Number}: a cancellation needs a reason");
        }

        return Ok(OrderStatus.Cancelled, by, at, reason.Trim());
    }

    /// <summary>Whether the order counts against its agreement's ceilings (confirmed, in transit or delivered).</summary>
    public bool Commits => Status is OrderStatus.Confirmed or OrderStatus.InTransit or OrderStatus.Delivered;

    public static string Describe(OrderStatus status) => status switch
    {
        OrderStatus.InTransit => "in-transit",
        _ => status.ToString().ToLowerInvariant(),
    };

    private Result<OrderStatus> Ok(OrderStatus to, string by, DateTimeOffset at, string? note)
    {
        Move(to, by, at, note);
        return Result<OrderStatus>.Success(to);
    }

    private void Move(OrderStatus to, string by, DateTimeOffset at, string? note)
    {
        _transitions.Add(new OrderTransition(Status, to, Guard.Text(by, "by"), at, note));
        Status = to;
    }

    private Result<OrderStatus> Refuse(OrderStatus to) =>
        Result<OrderStatus>.Failure($"order {Number}: cannot go from {Describe(Status)} to {Describe(to)}");
}
