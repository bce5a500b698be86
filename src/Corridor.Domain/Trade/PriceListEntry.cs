using Corridor.Common;

namespace Corridor.Trade;

/// <summary>The agreed unit price of a model or part under an agreement.</summary>
public sealed class PriceListEntry
{
    private PriceListEntry()
    {
        ItemCode = Currency = "";
    }

    internal PriceListEntry(OrderItemKind kind, string itemCode, Money unitPrice)
    {
        ItemKind = kind;
        ItemCode = Guard.Code(itemCode, "item");
        UnitPrice = Guard.NonNegative(unitPrice.Amount, "unit price");
        Currency = unitPrice.Currency.Code;
    }

    /// <summary>A new agreed unit price for the same item.</summary>
    internal void Reprice(Money unitPrice)
    {
        UnitPrice = Guard.NonNegative(unitPrice.Amount, "unit price");
        Currency = unitPrice.Currency.Code;
    }

    public long Id { get; private set; }

    public OrderItemKind ItemKind { get; private set; }

    public string ItemCode { get; private set; }

    public decimal UnitPrice { get; private set; }

    public string Currency { get; private set; }

    public Money Price => new(UnitPrice, Common.Currency.Parse(Currency));
}
