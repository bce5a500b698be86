namespace Corridor.Logistics;

/// <summary>The network as data, before it is compiled into a <see cref="NetworkGraph"/>: what is stored, or a scenario's copy of it.</summary>
public sealed record NetworkDefinition(
    IReadOnlyList<Node> Nodes,
    IReadOnlyList<Link> Links,
    IReadOnlyList<BorderCrossing> Borders,
    IReadOnlyList<Departure> Departures,
    IReadOnlyList<EmissionFactor> EmissionFactors)
{
    /// <summary>Links closed for a period, in addition to their seasonal closures (from scenarios), by link key.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(DateTimeOffset From, DateTimeOffset Until)>> ExtraClosures { get; init; } =
        new Dictionary<string, IReadOnlyList<(DateTimeOffset, DateTimeOffset)>>();
}
