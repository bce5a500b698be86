namespace Corridor.Trade;

/// <summary>
/// The life cycle of an order: Draft → Promised → Confirmed → InTransit → Delivered; Draft, Promised and Confirmed
/// may be Cancelled. A promised order goes back to draft when it is changed.
/// </summary>
public enum OrderStatus
{
    Draft,
    Promised,
    Confirmed,
    InTransit,
    Delivered,
    Cancelled,
}
