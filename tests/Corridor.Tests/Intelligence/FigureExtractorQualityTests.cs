using System.Globalization;
using Corridor.Intelligence.Extraction;
using Xunit.Abstractions;

namespace Corridor.Tests.Intelligence;

/// <summary>
/// Quality of the current extractor (<see cref="FigureExtractor.Version"/>) on the gold set (the rows of
/// data/reference/reported-figures.csv from the five reference articles, the tuning set) and, reported separately,
/// on the held-out invented articles (never tuned on). Units compare by family: units, vehicles and models are all
/// vehicle counts. "Accepted" candidates are those a reviewer accepts: value and unit match a fact of the article;
/// the subject+period share is the part of them whose period ends and subject also match that fact.
/// </summary>
public sealed class FigureExtractorQualityTests(ITestOutputHelper output)
{
    private static readonly string Root = FindRoot();

    [Fact]
    public void Extract_ReferenceArticles_MeetValueUnitGoals()
    {
        var dates = new Dictionary<string, DateOnly>
        {
            ["000_6c79463d01202366.txt"] = new(2022, 11, 28), // "Publish Date : 28 November 2022"
            ["001_d25e4be572160a28.txt"] = new(2014, 6, 29), // first shipment "Sunday", 29 Jun 2014 per corridor-facts
            ["002_9526fa2a7b3595e3.txt"] = new(2023, 3, 10), // after "early March 2023"
            ["003_71564c8f44edf929.txt"] = new(2024, 8, 20), // MIMS opened Monday 19 Aug 2024
            ["004_4d7e998656b59414.txt"] = new(2022, 8, 21), // after Putin's July 2022 visit
        };
        var gold = File.ReadLines(Path.Combine(Root, "data/reference/reported-figures.csv")).Skip(1)
            .Select(Csv).Where(c => dates.ContainsKey(c[8]))
            .Select(c => new Fact(c[8], decimal.Parse(c[3], CultureInfo.InvariantCulture), c[4], D(c[5]), D(c[6]), c[1])).ToList();
        var news = Path.GetFullPath(Path.Combine(Root, "../shared/reference/news"));
        var (vu, full, accepted) = Score(gold, dates.ToDictionary(d => d.Key, d => (File.ReadAllText(Path.Combine(news, d.Key)), d.Value)));
        output.WriteLine($"gold {FigureExtractor.Version}: value+unit P={vu.P:0.00} R={vu.R:0.00}; value+unit+period+subject P={full.P:0.00} R={full.R:0.00}; subject+period of accepted {accepted:0.00}");
        Assert.Equal(24, gold.Count);
        Assert.True(vu.R >= 0.95, $"value+unit recall {vu.R:0.00}");
        Assert.True(vu.P >= 0.6, $"value+unit precision {vu.P:0.00}");
        Assert.True(accepted >= 0.7, $"subject+period correct for {accepted:0.00} of accepted candidates");
    }

    [Fact]
    public void Extract_HeldOutArticles_ReportsQuality()
    {
        var dir = Path.Combine(Root, "tests/Corridor.Tests/Intelligence/HeldOut");
        var articles = File.ReadLines(Path.Combine(dir, "articles.csv")).Skip(1).Select(Csv)
            .ToDictionary(c => c[0], c => (File.ReadAllText(Path.Combine(dir, c[0])), DateOnly.Parse(c[1], CultureInfo.InvariantCulture)));
        var gold = File.ReadLines(Path.Combine(dir, "facts.csv")).Skip(1).Select(Csv)
            .Select(c => new Fact(c[0], decimal.Parse(c[1], CultureInfo.InvariantCulture), c[2], D(c[3]), D(c[4]), c[5])).ToList();
        var (vu, full, accepted) = Score(gold, articles);
        output.WriteLine($"held-out {FigureExtractor.Version}: value+unit P={vu.P:0.00} R={vu.R:0.00}; value+unit+period+subject P={full.P:0.00} R={full.R:0.00}; subject+period of accepted {accepted:0.00}");
        Assert.Equal(29, gold.Count);
        Assert.True(vu.R > 0, "no held-out fact found at all");
    }

    private sealed record Fact(string File, decimal Value, string Unit, DateOnly? From, DateOnly? Until, string Subject);

    private ((double P, double R) ValueUnit, (double P, double R) Full, double Accepted) Score(List<Fact> gold, Dictionary<string, (string Text, DateOnly Date)> articles)
    {
        var candidates = articles.SelectMany(a => FigureExtractor.Extract(a.Value.Text, a.Value.Date, Dictionary()).Candidates.Select(c => (a.Key, c))).ToList();
        bool Vu(Fact g, string file, CandidateFigure c) => g.File == file && g.Value == c.Value && Family(g.Unit) == Family(c.Unit);
        bool Full(Fact g, string file, CandidateFigure c) => Vu(g, file, c) && g.From == c.Period.From && g.Until == c.Period.Until && g.Subject == c.Subject?.Key;
        foreach (var (file, c) in candidates)
        {
            output.WriteLine($"{file} [{c.Start}] '{c.Text}' {c.Value} {c.Unit} {c.Period.From}..{c.Period.Until} {c.Subject?.Key} {c.Metric}");
        }

        (double, double) Pr(Func<Fact, string, CandidateFigure, bool> match) => (
            candidates.Count(c => gold.Exists(g => match(g, c.Key, c.c))) / (double)Math.Max(1, candidates.Count),
            gold.Count(g => candidates.Exists(c => match(g, c.Key, c.c))) / (double)gold.Count);
        var accepted = candidates.Where(c => gold.Exists(g => Vu(g, c.Key, c.c))).ToList();
        var correct = accepted.Count(c => gold.Exists(g => Full(g, c.Key, c.c)));
        return (Pr(Vu), Pr(Full), correct / (double)Math.Max(1, accepted.Count));
    }

    private static string Family(string unit) => unit.Replace("vehicles", "units", StringComparison.Ordinal).Replace("models", "units", StringComparison.Ordinal);

    /// <summary>The dictionary from the reference CSVs (makers, models, markets, branches) plus three topic subjects of the gold set.</summary>
    private static SubjectDictionary Dictionary()
    {
        var r = Path.Combine(Root, "data/reference");
        var entries = new List<SubjectEntry>();
        foreach (var c in File.ReadLines(Path.Combine(r, "makers.csv")).Skip(1).Select(Csv))
        {
            entries.Add(new SubjectEntry(c[0], SubjectKind.Maker, [c[1], c[1].Replace(' ', '-'), c[0]]));
        }

        foreach (var c in File.ReadLines(Path.Combine(r, "vehicle-models.csv")).Skip(1).Select(Csv))
        {
            entries.Add(new SubjectEntry(c[1], SubjectKind.Model, [c[2]], c[0]));
        }

        foreach (var c in File.ReadLines(Path.Combine(r, "markets.csv")).Skip(1).Select(Csv))
        {
            entries.Add(new SubjectEntry(c[0], SubjectKind.Market, [c[1], c[1] + "n", c[1] + "ian", c[1].TrimEnd('a') + "ian"]));
        }

        foreach (var b in new[] { "eastern", "western", "trans_caspian" })
        {
            entries.Add(new SubjectEntry(b, SubjectKind.Branch, [b, b.Replace('_', '-')]));
        }

        entries.Add(new SubjectEntry("IR car exports to RU", SubjectKind.Topic, ["Iran-made cars to Russia", "Export Iran Cars to Russia"]));
        entries.Add(new SubjectEntry("IR-RU trade", SubjectKind.Topic, ["trade with Russia", "Iran-Russia trade"]));
        entries.Add(new SubjectEntry("IR auto parts", SubjectKind.Topic, ["Iran-made auto parts", "Iran-manufactured auto parts", "Iranian auto parts"]));
        return new SubjectDictionary(entries);
    }

    private static DateOnly? D(string s) => s.Length == 0 ? null : DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static string[] Csv(string line) => TestCsv.Split(line);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Corridor.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Corridor.slnx not found above the test binaries.");
    }
}
