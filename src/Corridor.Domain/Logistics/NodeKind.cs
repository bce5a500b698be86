namespace Corridor.Logistics;

/// <summary>What a network node is.</summary>
public enum NodeKind
{
    Factory,
    Port,
    RailTerminal,
    BorderCrossing,
    City,
    Hub,
}
