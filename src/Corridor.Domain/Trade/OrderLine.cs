using Corridor.Common;

namespace Corridor.Trade;

/// <summary>One line of an order: a model or part × a whole quantity × a unit price (decimal in the order's currency).</summary>
public sealed class OrderLine
{
    private OrderLine()
    {
        ItemCode = "";
    }

    internal OrderLine(int lineNo, OrderItemKind kind, string itemCode, int quantity, decimal unitPrice)
    {
        LineNo = lineNo;
        ItemKind = kind;
        ItemCode = Guard.Code(itemCode, "item");
        Quantity = Guard.Positive(quantity, "quantity");
        UnitPrice = Guard.NonNegative(unitPrice, "unit price");
    }

    public long Id { get; private set; }

    public Guid OrderId { get; private set; }

    public int LineNo { get; private set; }

    public OrderItemKind ItemKind { get; private set; }

    public string ItemCode { get; private set; }

    public int Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }
}
