using Corridor.Common;

namespace Corridor.Logistics;

/// <summary>One reported event of a shipment. Organisation-owned like the shipment.</summary>
public sealed class ShipmentEvent : IOrganisationOwned
{
    private ShipmentEvent()
    {
        Node = "";
    }

    internal ShipmentEvent(Guid shipmentId, ShipmentEventKind kind, string node, DateTimeOffset at, decimal? delayHours, string? note)
    {
        Id = Guid.CreateVersion7();
        ShipmentId = shipmentId;
        Kind = kind;
        Node = node;
        At = at;
        DelayHours = delayHours;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ShipmentId { get; private set; }

    public ShipmentEventKind Kind { get; private set; }

    /// <summary>The node where it happened (for <see cref="ShipmentEventKind.Delayed"/>, where the shipment is held).</summary>
    public string Node { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Extra hours for <see cref="ShipmentEventKind.Delayed"/>; null otherwise.</summary>
    public decimal? DelayHours { get; private set; }

    public string? Note { get; private set; }
}
