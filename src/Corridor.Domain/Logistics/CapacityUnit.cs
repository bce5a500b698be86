namespace Corridor.Logistics;

/// <summary>The unit a departure's capacity is counted in.</summary>
public enum CapacityUnit
{
    Vehicles,
    Tonnes,

    /// <summary>Twenty-foot equivalent units (containers).</summary>
    Teu,
}
