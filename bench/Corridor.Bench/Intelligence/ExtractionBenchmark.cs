using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Corridor.Intelligence.Extraction;
using Microsoft.VisualBasic.FileIO;

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
    public const int Words = 5_000;
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

    /// <summary>The reference articles repeated up to the first line end after <see cref="Words"/> words.</summary>
    public static string Article(string newsFolder)
    {
        var sources = Directory.GetFiles(newsFolder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var text = new StringBuilder();
        var words = 0;
        for (var i = 0; words < Words; i++)
        {
            foreach (var line in sources[i % sources.Count].ReplaceLineEndings("\n").Split('\n'))
            {
                text.Append(line).Append('\n');
                words += line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
                if (words >= Words)
                {
                    break;
                }
            }
        }

        return text.ToString();
    }

    /// <summary>Makers, models, markets and the three branches, as ArticleIntake.SubjectsAsync builds them from the database.</summary>
    public static SubjectDictionary Subjects(string referenceFolder)
    {
        var entries = new List<SubjectEntry>();
        var makers = Rows(Path.Combine(referenceFolder, "makers.csv"));
        entries.AddRange(makers.Select(m => new SubjectEntry(m["code"], SubjectKind.Maker, [m["name"], m["name"].Replace(' ', '-'), m["code"]])));
        entries.AddRange(Rows(Path.Combine(referenceFolder, "vehicle-models.csv")).Select(m => new SubjectEntry(m["code"], SubjectKind.Model, [m["name"]], m["maker"])));
        entries.AddRange(Rows(Path.Combine(referenceFolder, "markets.csv")).Select(m => new SubjectEntry(m["iso2"], SubjectKind.Market, [m["name"], m["name"] + "n", m["name"] + "ian", m["name"].TrimEnd('a') + "ian"])));
        entries.AddRange(new[] { "eastern", "western", "trans_caspian" }.Select(b => new SubjectEntry(b, SubjectKind.Branch, [b, b.Replace('_', '-')])));
        return new SubjectDictionary(entries);
    }

    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Corridor.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new DirectoryNotFoundException("Corridor.slnx not found above the benchmark binaries");
    }

    private static List<Dictionary<string, string>> Rows(string file)
    {
        using var parser = new TextFieldParser(file) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? [];
        var rows = new List<Dictionary<string, string>>();
        while (parser.ReadFields() is { } fields)
        {
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }

        return rows;
    }

    [GeneratedRegex(@"\d[\d,.]*", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
