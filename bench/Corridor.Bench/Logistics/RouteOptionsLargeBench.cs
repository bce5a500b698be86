using BenchmarkDotNet.Attributes;
using Corridor.Logistics;

namespace Corridor.Bench.Logistics;

/// <summary>
/// Route options on a generated network of 10,000 nodes and 50,000 bidirectional links (one in five scheduled with a
/// year of weekly departures), cycling over 16 fixed long-distance requests; k = 5 against k = 1 as baseline. The
/// graph caches A* potentials per target, so after the first cycle every query finds its potentials ready; the "Cold"
/// variants clear that cache before each query (the first query for a target, or after a network change).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class RouteOptionsLargeBench
{
    private NetworkGraph _graph = null!;
    private RouteRequest[] _requests = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var def = SyntheticNetwork.Create(10_000, 50_000);
        _graph = new NetworkGraph(def);
        var rng = new Random(7);
        var west = def.Nodes.Where(n => n.Longitude < 25).ToList();
        var east = def.Nodes.Where(n => n.Longitude > 55).ToList();
        _requests = Enumerable.Range(0, 16)
            .Select(_ => new RouteRequest(west[rng.Next(west.Count)].Code, east[rng.Next(east.Count)].Code, Cargo.Vehicles(50), new DateOnly(2027, 3, 1)))
            .ToArray();
    }

    [Benchmark(Baseline = true)]
    public int BestRoute() => RouteFinder.Find(_graph, _requests[_next++ & 15] with { MaxOptions = 1 }).Options.Count;

    [Benchmark]
    public int FiveOptions() => RouteFinder.Find(_graph, _requests[_next++ & 15]).Options.Count;

    [Benchmark]
    public int BestRouteCold()
    {
        _graph.Potentials.Clear();
        return RouteFinder.Find(_graph, _requests[_next++ & 15] with { MaxOptions = 1 }).Options.Count;
    }

    [Benchmark]
    public int FiveOptionsCold()
    {
        _graph.Potentials.Clear();
        return RouteFinder.Find(_graph, _requests[_next++ & 15]).Options.Count;
    }
}
