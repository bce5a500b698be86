using System.Globalization;
using Corridor.Intelligence.Extraction;

namespace Corridor.Tests.Intelligence;

/// <summary>
/// Each pattern family of the extractor on sentences written for the test, the expected value, unit and period
/// worked out here from the words (scales multiplied out, periods as half-open [from, until) from the article date).
/// </summary>
public sealed class ExtractionPatternTests
{
    private static readonly DateOnly Published = new(2022, 11, 28);

    private static readonly SubjectDictionary Subjects = new([
        new SubjectEntry("IKCO", SubjectKind.Maker, ["Iran Khodro", "Iran-Khodro", "IKCO"]),
        new SubjectEntry("SAIPA", SubjectKind.Maker, ["Saipa"]),
        new SubjectEntry("SHAHIN", SubjectKind.Model, ["Shahin"], "SAIPA"),
        new SubjectEntry("RU", SubjectKind.Market, ["Russia"]),
    ]);

    private static IReadOnlyList<CandidateFigure> Read(string text, DateOnly? published = null) =>
        FigureExtractor.Extract(text, published ?? Published, Subjects).Candidates;

    [Fact]
    public void Money_WithScaleWordsAndSymbols_IsValueInCurrency()
    {
        var mou = Assert.Single(Read("A $300 million memorandum was signed on Monday."));
        Assert.Equal((FigureKind.Money, 300m * 1_000_000m, "USD"), (mou.Kind, mou.Value, mou.Unit));
        Assert.Equal("$300 million", mou.Text);

        var words = Assert.Single(Read("Trade fell from four billion dollars last year."));
        Assert.Equal((FigureKind.Money, 4m * 1_000_000_000m, "USD"), (words.Kind, words.Value, words.Unit));
    }

    [Fact]
    public void Money_Range_IsAMinAndAMaxCandidateWithTheRangesPeriod()
    {
        const string text = "Iran Khodro sold the cars in Russia for $13,000 to $16,000 in 2014.";
        var found = Read(text);
        var min = Assert.Single(found, c => c.Bound == RangeBound.Min);
        var max = Assert.Single(found, c => c.Bound == RangeBound.Max);
        Assert.Equal((13_000m, "USD"), (min.Value, min.Unit));
        Assert.Equal((16_000m, "USD"), (max.Value, max.Unit));
        Assert.Equal(text.IndexOf("$13,000", StringComparison.Ordinal), min.Start);
        Assert.Equal(text.IndexOf("$16,000", StringComparison.Ordinal), max.Start);

        // The period written after the range applies to both ends (corridor-extract-1 gave it to the upper end only).
        var year = (new DateOnly(2014, 1, 1), new DateOnly(2015, 1, 1));
        Assert.Equal(year, (max.Period.From!.Value, max.Period.Until!.Value));
        Assert.Equal(year, (min.Period.From!.Value, min.Period.Until!.Value));
    }

    [Theory]
    [InlineData("Saipa will export roughly 45,000 Shahin and Quick models to Belarus.", 45_000, "units")]
    [InlineData("The port handled 27,500 TEU in four months.", 27_500, "TEU")]
    [InlineData("During the summer, 80,000 tonnes of cargo were shipped.", 80_000, "tonnes")]
    [InlineData("The railway sent 1,240 wagons across the border.", 1_240, "wagons")]
    [InlineData("Our goal is to export 100,000 vehicles annually.", 100_000, "units/year")]
    [InlineData("Russia bought 2.78 million new vehicles.", 2_780_000, "units")]
    public void Count_WithItsUnit_IsReadWithTheUnit(string sentence, double value, string unit)
    {
        var c = Assert.Single(Read(sentence), f => f.Kind == FigureKind.Count);
        Assert.Equal((decimal)value, c.Value);
        Assert.Equal(unit, c.Unit);
        Assert.Equal(sentence.Substring(c.Start, c.Length), c.Text);
    }

    [Theory]
    [InlineData("Exports witnessed a 100 percent growth.", FigureKind.Percent, 100, "percent")]
    [InlineData("Shipments rose 35% on the year.", FigureKind.Percent, 35, "percent")]
    [InlineData("That is an eightfold increase from last year.", FigureKind.Ratio, 8, "ratio")]
    [InlineData("Exports of parts doubled.", FigureKind.Ratio, 2, "ratio")]
    [InlineData("Cargo volumes tripled.", FigureKind.Ratio, 3, "ratio")]
    public void PercentagesAndMultipliers_AreReadAsPercentOrRatio(string sentence, FigureKind kind, double value, string unit)
    {
        var c = Assert.Single(Read(sentence));
        Assert.Equal((kind, (decimal)value, unit), (c.Kind, c.Value, c.Unit));
    }

    [Fact]
    public void Period_AbsoluteYearsAndRanges_AreHalfOpen()
    {
        var single = Assert.Single(Read("Russia bought 2.78 million new vehicles in 2013."));
        Assert.Equal((new DateOnly(2013, 1, 1), new DateOnly(2014, 1, 1)), (single.Period.From!.Value, single.Period.Until!.Value));

        var range = Assert.Single(Read("Iran-Khodro exported more than 12,000 cars to Russia from 2007 to 2009, but then stopped."));
        Assert.Equal((new DateOnly(2007, 1, 1), new DateOnly(2009 + 1, 1, 1)), (range.Period.From!.Value, range.Period.Until!.Value));
        Assert.Equal("more than", range.Qualifier);
        Assert.Equal("IKCO", range.Subject?.Key);
    }

    [Fact]
    public void Period_RelativeToTheArticleDate_IsReadAgainstIt()
    {
        // "The first nine months of this year" in an article of 28 Nov 2022: 1 Jan to 30 Sep 2022.
        var nine = Assert.Single(Read("During the first nine months of this year, 80,000 tonnes of cargo were shipped.", Published), c => c.Value == 80_000m);
        Assert.Equal((new DateOnly(Published.Year, 1, 1), new DateOnly(Published.Year, 1, 1).AddMonths(9)), (nine.Period.From!.Value, nine.Period.Until!.Value));

        // "By 2015" from an article of 29 Jun 2014: from the article date to the end of 2015.
        var article = new DateOnly(2014, 6, 29);
        var by = Assert.Single(Read("The company plans to export 10,000 cars to Russia by 2015.", article));
        Assert.Equal((article, new DateOnly(2015 + 1, 1, 1)), (by.Period.From!.Value, by.Period.Until!.Value));

        // "So far": up to and including the article date.
        var sofar = Assert.Single(Read("So far, 1,000 Iran-made cars have been exported to Venezuela.", Published));
        Assert.Null(sofar.Period.From);
        Assert.Equal(Published.AddDays(1), sofar.Period.Until);
    }

    [Fact]
    public void Period_CurrentIranianYear_IsTheSolarHijriYearOfTheArticle()
    {
        // 20 Aug 2024 is in the Iranian year 1403: 1 Farvardin 1403 fell on 20 Mar 2024 (equinox 03:06 UTC, before
        // noon in Tehran), 1 Farvardin 1404 on 21 Mar 2025 (equinox 09:01 UTC, after noon in Tehran).
        var article = new DateOnly(2024, 8, 20);
        var c = Assert.Single(Read("More than 1.5 million cars will be manufactured by the end of the current Iranian calendar year.", article));
        Assert.Equal(1_500_000m, c.Value);
        Assert.Equal((new DateOnly(2024, 3, 20), new DateOnly(2025, 3, 21)), (c.Period.From!.Value, c.Period.Until!.Value));

        // The same from the BCL's calendar directly, for the named year 1401.
        var persian = new PersianCalendar();
        var named = Assert.Single(Read("Iran produced 1,347,394 vehicles in the Iranian year 1401.", article));
        Assert.Equal((DateOnly.FromDateTime(persian.ToDateTime(1401, 1, 1, 0, 0, 0, 0)), DateOnly.FromDateTime(persian.ToDateTime(1402, 1, 1, 0, 0, 0, 0))),
            (named.Period.From!.Value, named.Period.Until!.Value));
    }

    [Fact]
    public void Subject_AndMetric_ComeWithTheWordsThatGaveThem()
    {
        var c = Assert.Single(Read("Saipa signed an agreement to export roughly 45,000 Shahin models."));
        Assert.Equal("SAIPA", c.Subject?.Key);
        Assert.Contains(c.Subject!.Words, new[] { "Saipa", "Shahin" });
        Assert.False(string.IsNullOrEmpty(c.MetricWords));
        Assert.Contains(c.MetricWords!, "Saipa signed an agreement to export roughly 45,000 Shahin models.", StringComparison.Ordinal);
    }
}
