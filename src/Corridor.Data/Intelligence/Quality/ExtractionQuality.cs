using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Corridor.Intelligence.Extraction;

namespace Corridor.Intelligence.Quality;

/// <summary>
/// The extractor's quality on a labelled set of articles (docs/intelligence.md#quality), one code for the quality test
/// (<c>FigureExtractorQualityTests</c>) and <c>corridor articles quality</c>. Two sets: the <b>gold set</b> — the rows of
/// data/reference/reported-figures.csv from the five reference articles, which the rules were tuned on (in-sample) —
/// and the <b>held-out set</b> of tests/Corridor.Tests/Intelligence/HeldOut, never tuned on (out-of-sample).
/// <para>
/// A candidate matches a fact when value and unit family agree (units = vehicles = models) in the same article;
/// "full" also needs the same period ends and subject key. Precision = share of candidates (all shown for review)
/// matching some fact; recall = share of facts matched by some candidate. "Accepted" candidates are those a reviewer
/// accepts (value and unit match a fact of the article); the subject+period share is the part of them whose period ends
/// and subject also match that fact — what a reviewer accepts without correcting.
/// </para>
/// </summary>
public static class ExtractionQuality
{
    /// <summary>The gold set's name in reports.</summary>
    public const string GoldSet = "gold";

    /// <summary>The held-out set's name in reports.</summary>
    public const string HeldOutSet = "held-out";

    /// <summary>
    /// Publication dates of the five reference articles (../shared/reference/news), which state none in a form the
    /// extractor reads; each with the reason it was chosen. The same dates as docs/examples/reference-news-articles.csv.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, DateOnly> ReferenceDates = new Dictionary<string, DateOnly>(StringComparer.Ordinal)
    {
        ["000_6c79463d01202366.txt"] = new(2022, 11, 28), // "Publish Date : 28 November 2022"
        ["001_d25e4be572160a28.txt"] = new(2014, 6, 29), // first shipment "Sunday", 29 Jun 2014 per corridor-facts
        ["002_9526fa2a7b3595e3.txt"] = new(2023, 3, 10), // after "early March 2023"
        ["003_71564c8f44edf929.txt"] = new(2024, 8, 20), // MIMS opened Monday 19 Aug 2024
        ["004_4d7e998656b59414.txt"] = new(2022, 8, 21), // after Putin's July 2022 visit
    };

    public sealed record Fact(string File, decimal Value, string Unit, DateOnly? From, DateOnly? Until, string Subject);

    public sealed record LabelledArticle(string File, string Text, DateOnly Published);

    /// <param name="Name"><see cref="GoldSet"/> or <see cref="HeldOutSet"/>.</param>
    /// <param name="TunedOn">Whether the extractor's rules were chosen on this set (its figures are in-sample).</param>
    public sealed record LabelledSet(string Name, bool TunedOn, IReadOnlyList<LabelledArticle> Articles, IReadOnlyList<Fact> Facts);

    /// <summary>A precision and a recall, each with its counts.</summary>
    public sealed record Pr(int CandidatesMatching, int Candidates, int FactsFound, int Facts)
    {
        public double Precision => CandidatesMatching / (double)Math.Max(1, Candidates);

        public double Recall => FactsFound / (double)Math.Max(1, Facts);
    }

    /// <summary>The figures of one set; <see cref="Candidates"/> lists every candidate with its article.</summary>
    public sealed record Result(LabelledSet Set, string Extractor, Pr ValueUnit, Pr Full, int Accepted, int AcceptedCorrect, IReadOnlyList<(string File, CandidateFigure Candidate)> Candidates)
    {
        /// <summary>Subject and period right as proposed, as a share of the accepted candidates.</summary>
        public double SubjectPeriodOfAccepted => AcceptedCorrect / (double)Math.Max(1, Accepted);

        public string Sample => Set.TunedOn ? "in-sample" : "out-of-sample";
    }

    /// <summary>The gold set: the rows of <c>reported-figures.csv</c> whose source is one of the five reference articles.</summary>
    public static LabelledSet Gold(string referenceFolder, string newsFolder)
    {
        var facts = Rows(Path.Combine(referenceFolder, "reported-figures.csv"))
            .Where(r => ReferenceDates.ContainsKey(r["source"]))
            .Select(r => new Fact(r["source"], decimal.Parse(r["value"], CultureInfo.InvariantCulture), r["unit"], Date(r["period_from"]), Date(r["period_until"]), r["subject"]))
            .ToList();
        var articles = ReferenceDates.Select(d => new LabelledArticle(d.Key, File.ReadAllText(Path.Combine(newsFolder, d.Key)), d.Value)).ToList();
        return new LabelledSet(GoldSet, TunedOn: true, articles, facts);
    }

    /// <summary>The held-out set: <c>articles.csv</c> (file, published) and <c>facts.csv</c> of <paramref name="folder"/>.</summary>
    public static LabelledSet HeldOut(string folder)
    {
        var articles = Rows(Path.Combine(folder, "articles.csv"))
            .Select(r => new LabelledArticle(r["file"], File.ReadAllText(Path.Combine(folder, r["file"])), DateOnly.Parse(r["published"], CultureInfo.InvariantCulture)))
            .ToList();
        var facts = Rows(Path.Combine(folder, "facts.csv"))
            .Select(r => new Fact(r["file"], decimal.Parse(r["value"], CultureInfo.InvariantCulture), r["unit"], Date(r["period_from"]), Date(r["period_until"]), r["subject"]))
            .ToList();
        return new LabelledSet(HeldOutSet, TunedOn: false, articles, facts);
    }

    /// <summary>
    /// The dictionary of the measurement: the intake's (<see cref="IntakeEntries"/>) plus three topic subjects of the
    /// gold set.
    /// </summary>
    public static SubjectDictionary Dictionary(string referenceFolder)
    {
        var entries = IntakeEntries(referenceFolder);
        entries.Add(new SubjectEntry("IR car exports to RU", SubjectKind.Topic, ["Iran-made cars to Russia", "Export Iran Cars to Russia"]));
        entries.Add(new SubjectEntry("IR-RU trade", SubjectKind.Topic, ["trade with Russia", "Iran-Russia trade"]));
        entries.Add(new SubjectEntry("IR auto parts", SubjectKind.Topic, ["Iran-made auto parts", "Iran-manufactured auto parts", "Iranian auto parts"]));
        return new SubjectDictionary(entries);
    }

    /// <summary>
    /// Makers, models, markets and the three branches from the reference CSVs of <paramref name="referenceFolder"/>,
    /// as <see cref="ArticleIntake.SubjectsAsync"/> builds them from the database.
    /// </summary>
    public static List<SubjectEntry> IntakeEntries(string referenceFolder)
    {
        var entries = new List<SubjectEntry>();
        entries.AddRange(Rows(Path.Combine(referenceFolder, "makers.csv")).Select(m => new SubjectEntry(m["code"], SubjectKind.Maker, [m["name"], m["name"].Replace(' ', '-'), m["code"]])));
        entries.AddRange(Rows(Path.Combine(referenceFolder, "vehicle-models.csv")).Select(m => new SubjectEntry(m["code"], SubjectKind.Model, [m["name"]], m["maker"])));
        entries.AddRange(Rows(Path.Combine(referenceFolder, "markets.csv")).Select(m => new SubjectEntry(m["iso2"], SubjectKind.Market, [m["name"], m["name"] + "n", m["name"] + "ian", m["name"].TrimEnd('a') + "ian"])));
        entries.AddRange(new[] { "eastern", "western", "trans_caspian" }.Select(b => new SubjectEntry(b, SubjectKind.Branch, [b, b.Replace('_', '-')])));
        return entries;
    }

    /// <summary>Extracts every article of <paramref name="set"/> with the current extractor and scores the candidates against its facts.</summary>
    public static Result Score(LabelledSet set, SubjectDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(set);
        var candidates = set.Articles
            .SelectMany(a => FigureExtractor.Extract(a.Text, a.Published, dictionary).Candidates.Select(c => (a.File, Candidate: c)))
            .ToList();
        var gold = set.Facts;
        bool Vu(Fact g, string file, CandidateFigure c) => g.File == file && g.Value == c.Value && Family(g.Unit) == Family(c.Unit);
        bool Full(Fact g, string file, CandidateFigure c) => Vu(g, file, c) && g.From == c.Period.From && g.Until == c.Period.Until && g.Subject == c.Subject?.Key;
        Pr Measure(Func<Fact, string, CandidateFigure, bool> match) => new(
            candidates.Count(c => gold.Any(g => match(g, c.File, c.Candidate))), candidates.Count,
            gold.Count(g => candidates.Exists(c => match(g, c.File, c.Candidate))), gold.Count);
        var accepted = candidates.Where(c => gold.Any(g => Vu(g, c.File, c.Candidate))).ToList();
        var correct = accepted.Count(c => gold.Any(g => Full(g, c.File, c.Candidate)));
        return new Result(set, FigureExtractor.Version, Measure(Vu), Measure(Full), accepted.Count, correct, candidates);
    }

    /// <summary>Units compare by family: units, vehicles and models are all vehicle counts.</summary>
    private static string Family(string unit) => unit.Replace("vehicles", "units", StringComparison.Ordinal).Replace("models", "units", StringComparison.Ordinal);

    private static DateOnly? Date(string s) => s.Length == 0 ? null : DateOnly.Parse(s, CultureInfo.InvariantCulture);

    private static List<Dictionary<string, string>> Rows(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null });
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.Select((h, i) => (h, csv.GetField(i) ?? "")).ToDictionary(p => p.h, p => p.Item2, StringComparer.Ordinal));
        }

        return rows;
    }
}
