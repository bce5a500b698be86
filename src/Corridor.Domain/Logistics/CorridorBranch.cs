namespace Corridor.Logistics;

/// <summary>Which part of the corridor a link belongs to (for reports and for excluding a branch).</summary>
public enum CorridorBranch
{
    Western,
    TransCaspian,
    Eastern,
    Domestic,
    Feeder,
}
