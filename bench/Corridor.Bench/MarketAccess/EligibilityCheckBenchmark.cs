using BenchmarkDotNet.Attributes;
using Corridor.MarketAccess;

namespace Corridor.Bench.MarketAccess;

/// <summary>
/// One eligibility check (model, market, day) on the generated 200 models × 50 markets × 20 years, in process:
/// the engine against the straightforward LINQ peer. Goal: engine median (p50) under 10 µs. Each invocation asks
/// about the next of 1,024 pre-drawn questions, so caches do not see one question repeated.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EligibilityCheckBenchmark
{
    private const int Questions = 1024;
    private EligibilityEngine _engine = null!;
    private NaiveEligibility _naive = null!;
    private (ModelProfile Model, string Market, DateOnly Day)[] _questions = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var data = new GeneratedAccessData();
        _engine = EligibilityEngine.Create(data.Kinds, data.Rules, data.Certificates);
        _naive = new NaiveEligibility(data.Kinds, data.Rules, data.Certificates);
        var random = new Random(7);
        var span = GeneratedAccessData.End.DayNumber - GeneratedAccessData.Start.DayNumber;
        _questions = Enumerable.Range(0, Questions).Select(_ => (
            data.Models[random.Next(data.Models.Count)], data.Markets[random.Next(data.Markets.Count)],
            DateOnly.FromDayNumber(GeneratedAccessData.Start.DayNumber + random.Next(span)))).ToArray();

        // Both must give the same answers, or the comparison means nothing.
        foreach (var (model, market, day) in _questions)
        {
            var e = _engine.Check(model, market, day);
            if (e.Reasons.Count != _naive.Unmet(model, market, day))
            {
                throw new InvalidOperationException($"engine and peer disagree on {model.Code} {market} {day}");
            }
        }
    }

    [Benchmark(Baseline = true, Description = "LINQ over entities (peer)")]
    public int Naive()
    {
        var (model, market, day) = _questions[_next++ & (Questions - 1)];
        return _naive.Unmet(model, market, day);
    }

    [Benchmark(Description = "EligibilityEngine.Check")]
    public bool Engine()
    {
        var (model, market, day) = _questions[_next++ & (Questions - 1)];
        return _engine.Check(model, market, day).Eligible;
    }
}
