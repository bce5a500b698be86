using System.Text.RegularExpressions;

namespace Corridor.Intelligence.Extraction;

/// <summary>
/// Corridor's own offline, deterministic figure extractor (<see cref="Version"/>): the same text, publication
/// date and dictionary always give the same candidates. Splits the article into sentences, reads the figures of
/// each (<see cref="FigureReader"/>), gives each a period, a subject and a proposed metric, and keeps character
/// offsets into the article text. See docs/intelligence.md for the rules and their measured quality.
/// </summary>
public static partial class FigureExtractor
{
    /// <summary>The version stamped on every candidate and every fact accepted from one.</summary>
    public const string Version = "corridor-extract-3";

    /// <summary>
    /// A short text that takes every stage and pattern family of the extractor (money, ranges, counts, percentages,
    /// multipliers, durations; absolute, relative and Iranian periods; makers, models, markets), so that one
    /// extraction of it compiles what the first real article would otherwise wait for (decision 039).
    /// </summary>
    internal const string WarmUpText =
        "Iran Khodro exported 45,000 Shahin and Quick models to Russia in the first nine months of this year, up 100 percent.\n"
        + "Trade fell from four billion dollars to $1.5 billion in the four years leading up to 2013, and prices ranged from $13,000 to $16,000 between March 21 and June 20.\n"
        + "The company said exports doubled and would grow eightfold by 2015, within three years, for two years, from 2007 to 2009.\n"
        + "The corridor's capacity allows of 6 million tonnes annually, 1,200 TEU and 300 wagons in the current Iranian calendar year (March 20, 2025), on 5 May 2024.\n"
        + "He also said that the $300 million memorandum and 2.5 million tonnes of cargo so far in August 2022 were compared with 20,000 currently.";

    /// <summary>
    /// Extracts <see cref="WarmUpText"/> once and returns its candidate count: called in the background when the server
    /// starts (<c>ExtractorWarmUp</c>), it moves the first-use cost (JIT of the code ReadyToRun could not precompile, the
    /// regular expressions' first run) out of the first article a user uploads.
    /// </summary>
    public static int WarmUp()
    {
        var subjects = new SubjectDictionary([
            new SubjectEntry("IKCO", SubjectKind.Maker, ["Iran Khodro"]),
            new SubjectEntry("SHAHIN", SubjectKind.Model, ["Shahin"], "SAIPA"),
            new SubjectEntry("RU", SubjectKind.Market, ["Russia"]),
            new SubjectEntry("trans_caspian", SubjectKind.Branch, ["trans-caspian"]),
        ]);
        return Extract(WarmUpText, new DateOnly(2022, 11, 28), subjects).Candidates.Count;
    }

    /// <summary>Extracts the candidate figures of <paramref name="text"/>, published on <paramref name="published"/>.</summary>
    public static ExtractionResult Extract(string text, DateOnly published, SubjectDictionary subjects)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(subjects);
        var sentences = SentenceSplitter.Split(text);
        var candidates = new List<CandidateFigure>();
        SubjectMatch? lastMaker = null;
        Period previousPeriod = Period.None;
        foreach (var sentence in sentences)
        {
            var names = subjects.Find(sentence.Text);
            var periods = PeriodReader.Read(sentence, published);
            var figures = FigureReader.Read(sentence.Text);
            var clauses = ClauseStarts(sentence);
            var figureStarts = figures.Select(o => sentence.Start + o.Start).ToList();
            for (var i = 0; i < figures.Count; i++)
            {
                var f = figures[i];
                var start = sentence.Start + f.Start;

                // A range's lower end ("$13,000 to $16,000 in 2014") and a change's starting value ("from four billion
                // dollars to $1.5 billion in the four years leading up to 2013") take the period written after the pair:
                // the search for a postfix period starts after the partner, so it is not "another figure between".
                var change = ChangeRole(sentence.Text, figures, i);
                var partner = f.Bound == RangeBound.Min ? figures.FindIndex(o => o.Bound == RangeBound.Max && o.Start > f.Start) : change == Change.From ? i + 1 : -1;
                var end = partner >= 0 ? sentence.Start + figures[partner].Start + figures[partner].Length : start + f.Length;
                var expression = f.Kind == FigureKind.Duration
                    ? periods.Find(p => p.Start <= start && p.End >= start + f.Length) // "for two years" is its own period
                    : PeriodFor(start, end, periods, figureStarts, clauses);
                var period = change switch
                {
                    Change.From when expression?.Opening is { } opening => opening,
                    Change.To when expression?.Closing is { } closing => closing,
                    _ => expression?.Period ?? Period.None,
                };
                if (period.IsNone && Continues().IsMatch(sentence.Text))
                {
                    period = previousPeriod;
                }

                if (period.IsNone && f.Unit.Contains('/', StringComparison.Ordinal) && PresentTense().IsMatch(ClauseOf(sentence, start, clauses)))
                {
                    // A rate stated in the present tense ("the corridor's capacity allows of 6 million tonnes annually")
                    // holds on the day the article was published (corridor-extract-3).
                    period = new Period(published, published.AddDays(1), "", -1);
                }

                var subject = SubjectLinker.Link(names, sentence, start, lastMaker);
                var metric = MetricProposer.Propose(f.Kind, f.Bound, f.Unit, sentence.Text, out var metricWords);
                candidates.Add(new CandidateFigure(start, f.Length, text.Substring(start, f.Length), f.Kind, f.Value, f.Unit, f.Bound, f.Qualifier, sentence, period, subject, metric)
                {
                    MetricWords = metricWords,
                });
            }

            foreach (var n in names.Where(n => n.Entry.Kind is SubjectKind.Maker or SubjectKind.Model))
            {
                lastMaker = new SubjectMatch(n.Entry.Parent ?? n.Entry.Key, SubjectKind.Maker, n.Words, sentence.Start + n.Start, "maker named earlier");
            }

            previousPeriod = periods.Count > 0 ? periods[0].Period : Period.None;
        }

        return new ExtractionResult(Version, sentences, candidates);
    }

    /// <summary>
    /// The period of a figure: the first postfix expression after it ("in 2013", "from 2007 to 2009", "by 2015")
    /// with no other figure in between, else the nearest expression before it in the same clause, else none.
    /// </summary>
    private static PeriodExpression? PeriodFor(int start, int end, List<PeriodExpression> periods, List<int> figureStarts, List<int> clauseStarts)
    {
        var after = periods
            .Where(p => p.Postfix && p.End > end && p.Start >= start && !figureStarts.Exists(s => s >= end && s < p.Start && !(s >= p.Start && s < p.End)))
            .OrderBy(p => p.Start)
            .FirstOrDefault();
        if (after is not null)
        {
            return after;
        }

        var clause = clauseStarts.Where(c => c <= start).DefaultIfEmpty(0).Max();
        return periods.Where(p => p.End <= start && p.Start >= clause).OrderByDescending(p => p.End).FirstOrDefault();
    }

    private enum Change
    {
        None,
        From,
        To,
    }

    /// <summary>
    /// Whether figure <paramref name="i"/> is the starting value ("from A") or the end value ("to B") of a change
    /// "from A to B", two figures with only "to" between them.
    /// </summary>
    private static Change ChangeRole(string text, List<FigureReader.Found> figures, int i)
    {
        bool Pair(int a) => a >= 0 && a + 1 < figures.Count && figures[a].Bound == RangeBound.None && figures[a + 1].Bound == RangeBound.None
            && ChangeFrom().IsMatch(text[..figures[a].Start])
            && ChangeTo().IsMatch(text[(figures[a].Start + figures[a].Length)..figures[a + 1].Start]);
        return Pair(i) ? Change.From : Pair(i - 1) ? Change.To : Change.None;
    }

    /// <summary>The clause of the sentence that holds the figure at <paramref name="start"/> (article offsets).</summary>
    private static string ClauseOf(Sentence sentence, int start, List<int> clauseStarts)
    {
        var from = clauseStarts.Where(c => c <= start).DefaultIfEmpty(sentence.Start).Max() - sentence.Start;
        var until = clauseStarts.Where(c => c > start).DefaultIfEmpty(sentence.Start + sentence.Text.Length).Min() - sentence.Start;
        return sentence.Text[from..until];
    }

    /// <summary>Offsets (in the article) where a new clause starts: after "; ", ", although", ", but", ", after", ", while".</summary>
    private static List<int> ClauseStarts(Sentence sentence) =>
        [.. Clause().Matches(sentence.Text).Select(m => sentence.Start + m.Index + m.Length)];

    [GeneratedRegex(@";\s|,\s*(?:although|but|while|whereas|after|though)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Clause();

    [GeneratedRegex(@"\bfrom\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChangeFrom();

    [GeneratedRegex(@"^\s+to\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ChangeTo();

    [GeneratedRegex(@"\b(?:is|are|allows?|has|have|stands?|handles?|reaches|exceeds?)\b(?!\s+been\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PresentTense();

    [GeneratedRegex(@"^(?:He|She|It|They|The company)\s+(?:also|further|added)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Continues();
}
