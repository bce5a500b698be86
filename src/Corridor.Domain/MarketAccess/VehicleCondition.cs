namespace Corridor.MarketAccess;

/// <summary>Whether a vehicle is put into circulation new or used; rules may apply to one only.</summary>
public enum VehicleCondition
{
    New,
    Used,
}
