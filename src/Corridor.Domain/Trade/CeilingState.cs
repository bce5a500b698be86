namespace Corridor.Trade;

/// <summary>Where an order leaves an agreement's ceiling: within it, at or above <see cref="Agreement.WarningShare"/> of it, or above it.</summary>
public enum CeilingState
{
    Ok,
    Warning,
    Exceeded,
}
