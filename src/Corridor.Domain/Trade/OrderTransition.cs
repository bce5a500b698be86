namespace Corridor.Trade;

/// <summary>A recorded change of an order's status: from, to, who, when and an optional note (reason of a cancellation).</summary>
public sealed class OrderTransition
{
    private OrderTransition()
    {
        By = "";
    }

    internal OrderTransition(OrderStatus from, OrderStatus to, string by, DateTimeOffset at, string? note)
    {
        From = from;
        To = to;
        By = by;
        At = at;
        Note = note;
    }

    public long Id { get; private set; }

    public Guid OrderId { get; private set; }

    public OrderStatus From { get; private set; }

    public OrderStatus To { get; private set; }

    public string By { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Note { get; private set; }
}
