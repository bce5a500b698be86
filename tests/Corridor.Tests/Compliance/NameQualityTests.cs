using Corridor.Compliance;
using Corridor.Compliance.Quality;

namespace Corridor.Tests.Compliance;

/// <summary>The quality bars of the matcher (docs/compliance-quality.md has the full report and the command that writes it).</summary>
public class NameQualityTests(ListFixture lists) : IClassFixture<ListFixture>
{
    [SanctionsDataFact]
    public void NameBench_AtDefaultThreshold_ReachesF1AndRecallGoals()
    {
        var scored = NameBenchmark.Score(NameBenchmark.ReadCases(SanctionsData.Path("benchmarks/name_bench_cases.csv")));
        var metrics = NameBenchmark.Metrics(scored, NameComparer.DefaultThreshold);

        Assert.Equal(826, metrics.Total);
        Assert.True(metrics.F1 >= 0.85, $"F1 {metrics.F1:0.000}");
        Assert.True(metrics.Recall >= 0.85, $"recall {metrics.Recall:0.000}");
    }

    [SanctionsDataFact]
    public void NameBench_BeatsLogicV2OnTheSamePairs()
    {
        var peer = NameBenchmark.ReadPeer(SanctionsData.Path("benchmarks/name_bench_logicv2_scores.csv"));
        var peerMetrics = BinaryMetrics.Of(peer.Select(p => (p.IsMatch, p.Predicted)));
        var ours = NameBenchmark.Metrics(
            NameBenchmark.Score(peer.Select(p => new NameBenchmark.Case(p.Group, p.Schema, p.Name1, p.Name2, p.IsMatch, "", ""))),
            NameComparer.DefaultThreshold);

        Assert.Equal(0.79, Math.Round(peerMetrics.F1, 2));
        Assert.True(ours.F1 > peerMetrics.F1 + 0.05, $"ours {ours.F1:0.000} vs logic-v2 {peerMetrics.F1:0.000}");
    }

    [SanctionsDataFact]
    public void CrossScriptPairs_AllReachTheirMinimum()
    {
        var pairs = NameBenchmark.CrossScript(SanctionsData.Path("benchmarks/cross_script_pairs.csv"));

        Assert.Equal(22, pairs.Count);
        Assert.Empty(pairs.Where(p => !p.Passes).Select(p => $"{p.Query} {p.Score:0.000} < {p.Minimum:0.00}"));
    }

    [SanctionsDataFact]
    public void OwnSet_IranianAndRussianNames_InPersianCyrillicAndLatin_FindTheirEntry()
    {
        var rows = File.ReadAllLines(Path.Combine(SanctionsData.OwnData, "iran_russia_names.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        var misses = new List<string>();
        foreach (var f in rows)
        {
            var hits = lists.Index.Search(new ScreeningQuery([f[0]], Enum.Parse<ListEntryType>(f[1])), NameComparer.DefaultThreshold, 10);
            if (!hits.Any(h => h.Entry.Names.Any(n => n.Text.Contains(f[2], StringComparison.OrdinalIgnoreCase))))
            {
                misses.Add(f[0]);
            }
        }

        Assert.True(rows.Length >= 40);
        Assert.True(misses.Count == 0, "missed: " + string.Join(", ", misses));
    }
}
