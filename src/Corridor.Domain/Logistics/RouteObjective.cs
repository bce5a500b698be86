namespace Corridor.Logistics;

/// <summary>What the route options are ranked by.</summary>
public enum RouteObjective
{
    /// <summary>Lowest freight cost; ties go to the earlier arrival.</summary>
    Cheapest,

    /// <summary>Earliest median arrival; ties go to the lower cost.</summary>
    Fastest,

    /// <summary>Cost plus <see cref="RouteRequest.PricePerDayUsd"/> for each day between ready time and median arrival.</summary>
    Balanced,
}
