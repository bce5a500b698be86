using BenchmarkDotNet.Attributes;
using Corridor.Compliance;

namespace Corridor.Bench.Compliance;

/// <summary>Screening one name against all shared lists: a listed name in Persian, a Latin variant, and a name on no list.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class SingleNameBenchmark
{
    private ScreeningIndex _index = null!;

    [Params("بانک سپه", "Gennadi Timtschenko", "Corridor Bakery Trading LLC")]
    public string Name { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _index = ScreeningIndex.Build(ScreeningWorkload.AllSharedLists());

    [Benchmark]
    public int Screen() => _index.Search(ScreeningQuery.ForName(Name)).Count;
}
