namespace Corridor.Logistics;

/// <summary>One leg of a <see cref="PlanPath"/>: a link travelled from <see cref="From"/> to <see cref="To"/>, entered <see cref="OffsetHours"/> after the path starts.</summary>
public sealed record PlanPathLeg(Link Link, string From, string To, double OffsetHours)
{
    /// <summary>The directed link key <c>FROM&gt;TO:mode</c>, computed once (allocation looks it up for every variable).</summary>
    public string Key { get; } = Link.KeyOf(From, To, Link.Mode);
}

/// <summary>
/// A candidate route for plan allocation: legs with their time offsets, the lead time in hours (transit, handling at
/// transfers and median border dwell; timetable waits are not included) and the freight cost per unit of cargo in US dollars.
/// </summary>
public sealed record PlanPath(string Origin, string Destination, IReadOnlyList<PlanPathLeg> Legs, double LeadHours, decimal UnitCostUsd)
{
    public string Describe() => Origin + " " + string.Concat(Legs.Select(l => $"-{l.Link.Mode.ToText()}-> {l.To} "));
}
