namespace Corridor.MarketAccess;

/// <summary>Whether a vehicle reaches the market by import or from domestic production; rules may apply to one only.</summary>
public enum SupplyOrigin
{
    Import,
    Domestic,
}
