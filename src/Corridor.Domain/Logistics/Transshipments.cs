namespace Corridor.Logistics;

/// <summary>The transfers a node can perform between two legs (a set; written <c>gauge_change;rail_truck</c> in files).</summary>
[Flags]
public enum Transshipments
{
    None = 0,

    /// <summary>Rail 1435 mm ↔ 1520 mm: a wheelset (bogie) change or a reload.</summary>
    GaugeChange = 1,

    RailTruck = 2,

    ShipRail = 4,

    ShipTruck = 8,
}
