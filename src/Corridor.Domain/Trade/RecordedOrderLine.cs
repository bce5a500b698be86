using Corridor.Common;

namespace Corridor.Trade;

/// <summary>What an order line sells: a vehicle model or a spare part, by its catalogue code.</summary>
public enum OrderItemKind
{
    Model,
    Part,
}

/// <summary>
/// An order line as recorded by the exporter's own order system and imported in bulk (history, or the lines an
/// ERP exports). Natural key: (organisation, order number, line number). Quantities are whole units; the unit
/// price is a decimal in <see cref="Currency"/>. Orders managed inside Corridor (with their life cycle) are a
/// separate aggregate; these lines are the record of what was ordered elsewhere.
/// </summary>
public sealed class RecordedOrderLine : IOrganisationOwned
{
    private RecordedOrderLine()
    {
        OrderNumber = Buyer = Market = ItemCode = Currency = "";
    }

    public RecordedOrderLine(
        string orderNumber, int lineNo, DateOnly orderDate, string buyer, CountryCode market, OrderItemKind itemKind,
        string itemCode, int quantity, Money unitPrice, DateOnly? requestedDate)
    {
        OrderNumber = Guard.Code(orderNumber, "order_number");
        LineNo = Guard.Positive(lineNo, "line");
        OrderDate = orderDate;
        Buyer = Guard.Text(buyer, "buyer");
        Market = market.Value;
        ItemKind = itemKind;
        ItemCode = Guard.Code(itemCode, "item_code");
        Quantity = Guard.Positive(quantity, "quantity");
        UnitPrice = Guard.NonNegative(unitPrice.Amount, "unit_price");
        Currency = unitPrice.Currency.Code;
        if (requestedDate is { } r && r < orderDate)
        {
            throw new ArgumentException($"requested_date {r:yyyy-MM-dd} is before order_date {orderDate:yyyy-MM-dd}.", "requested_date");
        }

        RequestedDate = requestedDate;
    }

    public long Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public string OrderNumber { get; private set; }

    public int LineNo { get; private set; }

    public DateOnly OrderDate { get; private set; }

    public string Buyer { get; private set; }

    /// <summary>Destination market, ISO 3166-1 alpha-2.</summary>
    public string Market { get; private set; }

    public OrderItemKind ItemKind { get; private set; }

    public string ItemCode { get; private set; }

    public int Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    public string Currency { get; private set; }

    public DateOnly? RequestedDate { get; private set; }
}
