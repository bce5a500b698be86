namespace Corridor.Analytics;

/// <summary>What a shipment line carries: vehicles of a model, or spare parts.</summary>
public enum ShipmentItemKind
{
    Model,
    Part,
}
