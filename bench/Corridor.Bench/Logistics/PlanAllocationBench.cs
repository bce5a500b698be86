using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Corridor.Logistics;

namespace Corridor.Bench.Logistics;

/// <summary>
/// Allocation of a 52-week plan with 500 origin–destination pairs (weekly volumes) on the reference network with
/// OR-Tools GLOP; three candidate routes per pair against one route per pair as baseline, against the same model solved
/// in one LP without the restriction and pricing of decision 016, and without the exact reductions (decision 010).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PlanAllocationBench
{
    private NetworkGraph _graph = null!;
    private PlanRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _graph = new NetworkGraph(BenchData.ReferenceNetwork());
        _request = BenchData.Plan(_graph, pairs: 500, weeks: 52);
    }

    [Benchmark(Baseline = true)]
    public int OneRoutePerPair() => PlanAllocator.Allocate(_graph, _request with { RoutesPerPair = 1 }).Flows.Count;

    [Benchmark]
    public int ThreeRoutesPerPair() => PlanAllocator.Allocate(_graph, _request).Flows.Count;

    [Benchmark]
    public int ThreeRoutesPerPairUnrestricted() => PlanAllocator.Allocate(_graph, _request, reduce: true).Flows.Count;

    [Benchmark]
    public int ThreeRoutesPerPairUnreduced() => PlanAllocator.Allocate(_graph, _request, reduce: false).Flows.Count;
}
