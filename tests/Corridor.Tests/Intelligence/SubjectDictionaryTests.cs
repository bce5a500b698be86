using System.Globalization;
using System.Text.RegularExpressions;
using Corridor.Intelligence.Extraction;
using Corridor.Tests.Support;

namespace Corridor.Tests.Intelligence;

/// <summary>
/// The subject dictionary looks names up with ordinal IndexOf and a whole-word check (decision 039); these tests hold
/// it to what the regular expression it replaced, <c>(?&lt;![\p{L}\p{Nd}])alias(?![\p{L}\p{Nd}])</c> per alias, longest
/// alias first with overlaps dropped, finds — on hand-written edge cases and on every sentence of the reference and
/// held-out articles (only the two lookups are compared; no extractor output is read).
/// </summary>
public sealed class SubjectDictionaryTests
{
    private static readonly SubjectDictionary Small = new([
        new SubjectEntry("IKCO", SubjectKind.Maker, ["Iran Khodro", "IKCO"]),
        new SubjectEntry("IR", SubjectKind.Market, ["Iran"]),
        new SubjectEntry("QUICK", SubjectKind.Model, ["Quick"], "SAIPA"),
    ]);

    [Theory]
    [InlineData("Iran Khodro exported", "IKCO@0")]
    [InlineData("Iranian cars and Iran's trade", "IR@17")] // "Iranian": a letter follows; "Iran's": an apostrophe does not count
    [InlineData("a quick Quick, Quick2 and ÜQuick", "QUICK@8")] // case-sensitive; a digit or any letter next to it is no word boundary
    [InlineData("IKCO/Iran-Khodro", "IKCO@0 IR@5")]
    [InlineData("", "")]
    public void Find_MatchesWholeWordsCaseSensitively(string text, string expected)
    {
        Assert.Equal(expected, string.Join(' ', Small.Find(text).Select(f => $"{f.Entry.Key}@{f.Start}")));
    }

    [Fact]
    public void Find_OnTheArticles_IsWhatThePerAliasRegexFound()
    {
        var entries = Entries();
        var dictionary = new SubjectDictionary(entries);
        var reference = entries
            .SelectMany(e => e.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct(StringComparer.Ordinal).Select(a => (e, Alias: a.Trim())))
            .OrderByDescending(p => p.Alias.Length)
            .Select(p => (p.e, new Regex(@"(?<![\p{L}\p{Nd}])" + Regex.Escape(p.Alias) + @"(?![\p{L}\p{Nd}])", RegexOptions.CultureInvariant)))
            .ToList();
        var news = Path.Combine(Fixtures.Checkout, "..", "shared", "reference", "news");
        var heldOut = Path.Combine(Fixtures.Checkout, "tests", "Corridor.Tests", "Intelligence", "HeldOut");
        var texts = Directory.GetFiles(news, "*.txt").Concat(Directory.GetFiles(heldOut, "*.txt")).Select(File.ReadAllText).ToList();
        Assert.True(texts.Count >= 10, $"{texts.Count} articles");
        var sentences = texts.SelectMany(t => SentenceSplitter.Split(t.ReplaceLineEndings("\n"))).Select(s => s.Text).ToList();
        var names = 0;
        foreach (var sentence in sentences)
        {
            var expected = new List<(string, int, string)>();
            foreach (var (entry, pattern) in reference)
            {
                foreach (Match m in pattern.Matches(sentence))
                {
                    if (!expected.Exists(f => m.Index < f.Item2 + f.Item3.Length && f.Item2 < m.Index + m.Length))
                    {
                        expected.Add((entry.Key, m.Index, m.Value));
                    }
                }
            }

            expected.Sort((a, b) => a.Item2.CompareTo(b.Item2));
            Assert.Equal(expected, dictionary.Find(sentence).Select(f => (f.Entry.Key, f.Start, f.Words)));
            names += expected.Count;
        }

        Assert.True(names > 50, $"only {names} names in {sentences.Count} sentences");
    }

    [Fact]
    public void MonthTable_ReadsEveryMonthAsCultureDataDoes()
    {
        foreach (var month in Enumerable.Range(1, 12))
        {
            var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            var found = PeriodReader.Read(SentenceSplitter.Split($"Sales rose on {name} 3, 2024.")[0], new DateOnly(2024, 12, 31));
            Assert.Contains(found, p => p.Period.From == new DateOnly(2024, month, 3) && p.Period.Until == new DateOnly(2024, month, 4));
        }
    }

    private static List<SubjectEntry> Entries()
    {
        var r = Fixtures.ReferenceData;
        var entries = new List<SubjectEntry>();
        entries.AddRange(TestCsv.Rows(Path.Combine(r, "makers.csv")).Select(c => new SubjectEntry(c[0], SubjectKind.Maker, [c[1], c[1].Replace(' ', '-'), c[0]])));
        entries.AddRange(TestCsv.Rows(Path.Combine(r, "vehicle-models.csv")).Select(c => new SubjectEntry(c[1], SubjectKind.Model, [c[2]], c[0])));
        entries.AddRange(TestCsv.Rows(Path.Combine(r, "markets.csv")).Select(c => new SubjectEntry(c[0], SubjectKind.Market, [c[1], c[1] + "n", c[1] + "ian"])));
        entries.Add(new SubjectEntry("IR auto parts", SubjectKind.Topic, ["Iran-made auto parts", "Iranian auto parts"]));
        return entries;
    }
}

/// <summary>The start-up warm-up's sample text (decision 039) takes every figure family, a range and a subject, so that one run of it compiles what the first article needs.</summary>
public sealed class ExtractorWarmUpTests
{
    [Fact]
    public void WarmUpText_TakesEveryFigureKindARangeAndSubjects()
    {
        var subjects = new SubjectDictionary([new SubjectEntry("IKCO", SubjectKind.Maker, ["Iran Khodro"]), new SubjectEntry("RU", SubjectKind.Market, ["Russia"])]);
        var found = FigureExtractor.Extract(FigureExtractor.WarmUpText, new DateOnly(2022, 11, 28), subjects).Candidates;
        Assert.Equal(Enum.GetValues<FigureKind>().Order(), found.Select(c => c.Kind).Distinct().Order());
        Assert.Contains(found, c => c.Bound == RangeBound.Max);
        Assert.Contains(found, c => c.Subject?.Key == "IKCO");
        var persian = new PersianCalendar();
        var published = new DateTime(2022, 11, 28);
        var nowruz = DateOnly.FromDateTime(persian.ToDateTime(persian.GetYear(published), 1, 1, 0, 0, 0, 0)); // the current Iranian year's first day
        Assert.Contains(found, c => c.Period.From == nowruz);
        Assert.True(FigureExtractor.WarmUp() >= found.Count / 2);
    }
}
