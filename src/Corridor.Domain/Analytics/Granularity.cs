namespace Corridor.Analytics;

/// <summary>The length of the periods KPIs are grouped by.</summary>
public enum Granularity
{
    Month,
    Quarter,
    Year,
}
