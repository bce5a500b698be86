namespace Corridor.Logistics;

/// <summary>What happened to a tracked shipment.</summary>
public enum ShipmentEventKind
{
    /// <summary>Left a node on a leg.</summary>
    Departed,

    /// <summary>Reached a node at the end of a leg.</summary>
    Arrived,

    /// <summary>Cleared a border crossing (dwell over).</summary>
    BorderCleared,

    /// <summary>Held up by <see cref="ShipmentEvent.DelayHours"/> more hours.</summary>
    Delayed,

    /// <summary>Handed over at the destination.</summary>
    Delivered,
}
