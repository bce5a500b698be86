namespace Corridor.Logistics;

/// <summary>The route engine's answer: ranked options, or (when there are none) the reasons no route works.</summary>
public sealed record RouteAnswer(IReadOnlyList<RouteOption> Options, IReadOnlyList<string> Reasons)
{
    public bool Feasible => Options.Count > 0;
}
