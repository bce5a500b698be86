using BenchmarkDotNet.Attributes;
using Corridor.Logistics;

namespace Corridor.Bench.Logistics;

/// <summary>Route options on the reference network (data/reference): k = 5 against the single best route (k = 1) as baseline.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class RouteOptionsReferenceBench
{
    private NetworkGraph _graph = null!;
    private RouteRequest _k1 = null!;
    private RouteRequest _k5 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _graph = new NetworkGraph(BenchData.ReferenceNetwork());
        _k1 = new RouteRequest("IKCO-TEHRAN", "RU-MOSCOW", Cargo.Vehicles(100), new DateOnly(2027, 4, 5)) { MaxOptions = 1 };
        _k5 = _k1 with { MaxOptions = 5 };
    }

    [Benchmark(Baseline = true)]
    public int BestRoute() => RouteFinder.Find(_graph, _k1).Options.Count;

    [Benchmark]
    public int FiveOptions() => RouteFinder.Find(_graph, _k5).Options.Count;
}
