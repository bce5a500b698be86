namespace Corridor.Logistics;

/// <summary>The route engine's answer: ranked options, or (when there are none) the typed reasons no route works.</summary>
public sealed record RouteAnswer(IReadOnlyList<RouteOption> Options, IReadOnlyList<RouteRefusal> Refusals)
{
    public bool Feasible => Options.Count > 0;

    /// <summary>The refusals' messages, as people read them.</summary>
    public IReadOnlyList<string> Reasons => Refusals.Select(r => r.Message).ToList();
}
