using System.Text.Json;
using Corridor.Cli;
using Corridor.Intelligence.Extraction;
using Corridor.Intelligence.Quality;
using Corridor.Tests.Support;

namespace Corridor.Tests.Intelligence;

/// <summary>
/// <c>corridor articles quality</c> runs the scoring of the quality test in a corridor process: the gold set labelled
/// in-sample and the held-out set labelled out-of-sample, each on its own row, with the set sizes counted here from the
/// CSV files and the figures of <see cref="ExtractionQuality"/> in this process.
/// </summary>
public sealed class ArticlesQualityCliTests
{
    private static readonly Dictionary<string, string> Env = new() { ["CORRIDOR_DATABASE"] = "" };

    [Fact]
    public async Task Quality_PrintsGoldInSampleAndHeldOutOutOfSample()
    {
        var json = await CorridorProcess.RunAsync(Env, "articles", "quality", "--format", "json");
        Assert.True(json.ExitCode == ExitCodes.Ok, json.Stderr);
        using var doc = JsonDocument.Parse(json.Stdout);
        var rows = doc.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("set").GetString()!);
        Assert.Equal(new[] { "gold", "held-out" }, rows.Keys);

        var heldOutFolder = Path.Combine(Fixtures.Checkout, "tests", "Corridor.Tests", "Intelligence", "HeldOut");
        var goldFacts = TestCsv.Rows(Path.Combine(Fixtures.ReferenceData, "reported-figures.csv")).Count(c => ExtractionQuality.ReferenceDates.ContainsKey(c[8]));
        var heldOutFacts = TestCsv.Rows(Path.Combine(heldOutFolder, "facts.csv")).Count();
        Assert.Equal(("in-sample", "yes", 5, goldFacts), Row(rows["gold"]));
        Assert.Equal(("out-of-sample", "no", TestCsv.Rows(Path.Combine(heldOutFolder, "articles.csv")).Count(), heldOutFacts), Row(rows["held-out"]));

        var dictionary = ExtractionQuality.Dictionary(Fixtures.ReferenceData);
        var gold = ExtractionQuality.Score(ExtractionQuality.Gold(Fixtures.ReferenceData, Path.Combine(Fixtures.Checkout, "..", "shared", "reference", "news")), dictionary);
        var heldOut = ExtractionQuality.Score(ExtractionQuality.HeldOut(heldOutFolder), dictionary);
        foreach (var (row, r) in new[] { (rows["gold"], gold), (rows["held-out"], heldOut) })
        {
            Assert.Equal(FigureExtractor.Version, row.GetProperty("extractor").GetString());
            Assert.Equal(r.ValueUnit.Candidates, row.GetProperty("candidates").GetInt32());
            Assert.Equal(Math.Round(r.ValueUnit.Recall, 2), row.GetProperty("value_unit_recall").GetDouble());
            Assert.Equal(Math.Round(r.Full.Precision, 2), row.GetProperty("full_precision").GetDouble());
            Assert.Equal(Math.Round(r.SubjectPeriodOfAccepted, 2), row.GetProperty("subject_period_of_accepted").GetDouble());
        }

        Assert.True(rows["gold"].GetProperty("value_unit_recall").GetDouble() >= 0.95);

        var table = await CorridorProcess.RunAsync(Env, "articles", "quality");
        Assert.True(table.ExitCode == ExitCodes.Ok, table.Stderr);
        Assert.Contains("out-of-sample", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("in-sample", table.Stdout, StringComparison.Ordinal);

        var missing = await CorridorProcess.RunAsync(Env, "articles", "quality", "--held-out", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));
        Assert.Equal(ExitCodes.InvalidInput, missing.ExitCode);
        Assert.Contains("--held-out", missing.Stderr, StringComparison.Ordinal);
    }

    private static (string?, string?, int, int) Row(JsonElement row) =>
        (row.GetProperty("sample").GetString(), row.GetProperty("tuned_on").GetString(), row.GetProperty("articles").GetInt32(), row.GetProperty("facts").GetInt32());
}
