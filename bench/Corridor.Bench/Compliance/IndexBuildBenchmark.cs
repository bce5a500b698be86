using BenchmarkDotNet.Attributes;
using Corridor.Compliance;

namespace Corridor.Bench.Compliance;

/// <summary>Building the screening index over all shared lists (goal: under 5 s).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class IndexBuildBenchmark
{
    private List<ListEntry> _entries = [];

    [GlobalSetup]
    public void Setup() => _entries = ScreeningWorkload.AllSharedLists();

    [Benchmark]
    public int BuildAllSharedLists() => ScreeningIndex.Build(_entries).NameCount;
}
