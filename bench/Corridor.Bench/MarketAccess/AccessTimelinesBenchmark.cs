using BenchmarkDotNet.Attributes;
using Corridor.MarketAccess;

namespace Corridor.Bench.MarketAccess;

/// <summary>
/// Every timeline at once: 200 models × 50 markets = 10,000 timelines over 20 years (2006–2025) of generated rules,
/// single-threaded. Goal: under 2 s. The peer evaluates the same boundaries with the LINQ evaluator.
/// </summary>
[MemoryDiagnoser]
public class AccessTimelinesBenchmark
{
    private GeneratedAccessData _data = null!;
    private EligibilityEngine _engine = null!;
    private NaiveEligibility _naive = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = new GeneratedAccessData();
        _engine = EligibilityEngine.Create(_data.Kinds, _data.Rules, _data.Certificates);
        _naive = new NaiveEligibility(_data.Kinds, _data.Rules, _data.Certificates);

        // Same flips on a sample of pairs, or the comparison means nothing.
        foreach (var model in _data.Models.Take(10))
        {
            foreach (var market in _data.Markets.Take(10))
            {
                var t = _engine.Timeline(model, market, GeneratedAccessData.Start, GeneratedAccessData.End);
                var flips = t.Zip(t.Skip(1)).Count(p => p.First.Eligible != p.Second.Eligible);
                if (flips != _naive.Flips(model, market, GeneratedAccessData.Start, GeneratedAccessData.End))
                {
                    throw new InvalidOperationException($"engine and peer disagree on {model.Code} {market}");
                }
            }
        }
    }

    [Benchmark(Baseline = true, Description = "10,000 timelines, LINQ peer")]
    public int Naive()
    {
        var flips = 0;
        foreach (var model in _data.Models)
        {
            foreach (var market in _data.Markets)
            {
                flips += _naive.Flips(model, market, GeneratedAccessData.Start, GeneratedAccessData.End);
            }
        }

        return flips;
    }

    [Benchmark(Description = "10,000 timelines, EligibilityEngine")]
    public int Engine()
    {
        var intervals = 0;
        foreach (var model in _data.Models)
        {
            foreach (var market in _data.Markets)
            {
                intervals += _engine.Timeline(model, market, GeneratedAccessData.Start, GeneratedAccessData.End).Count;
            }
        }

        return intervals;
    }
}
