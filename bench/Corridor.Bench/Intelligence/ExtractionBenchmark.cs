using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Corridor.Intelligence.Extraction;
using Corridor.Intelligence.Quality;

namespace Corridor.Bench.Intelligence;

/// <summary>
/// Extraction of one 5,000-word article (goal: under 200 ms): the five reference articles of ../shared/reference/news
/// one after another, repeated and cut at the first line end after 5,000 words, with the subject dictionary built
/// from data/reference as the article intake builds it. Baseline: one pass of a plain number regex over the same
/// text (the floor of reading the text once). The extractor is pure, so nothing but the extraction is timed.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public partial class ExtractionBenchmark
{
    public const int Words = ExtractionSpeed.Words;
    private string _text = "";
    private SubjectDictionary _subjects = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = Root();
        _text = Article(Path.Combine(root, "..", "shared", "reference", "news"));
        _subjects = Subjects(Path.Combine(root, "data", "reference"));
        if (FigureExtractor.Extract(_text, new DateOnly(2022, 11, 28), _subjects).Candidates.Count == 0)
        {
            throw new InvalidOperationException("the benchmark article gave no candidates");
        }
    }

    [Benchmark(Baseline = true, Description = "number regex, one pass (baseline)")]
    public int NumberScan() => Number().Count(_text);

    [Benchmark(Description = "FigureExtractor.Extract, 5,000 words")]
    public int Extract() => FigureExtractor.Extract(_text, new DateOnly(2022, 11, 28), _subjects).Candidates.Count;

    /// <summary>The reference articles repeated up to the first line end after 5,000 words (<see cref="ExtractionSpeed.Article"/>).</summary>
    public static string Article(string newsFolder) => ExtractionSpeed.Article(newsFolder);

    /// <summary>Makers, models, markets and the three branches, as ArticleIntake.SubjectsAsync builds them from the database.</summary>
    public static SubjectDictionary Subjects(string referenceFolder) => new(ExtractionQuality.IntakeEntries(referenceFolder));

    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Corridor.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("Corridor.slnx not found above the benchmark binaries");
    }

    [GeneratedRegex(@"\d[\d,.]*", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
