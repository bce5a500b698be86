using Corridor.Intelligence.Extraction;

namespace Corridor.Tests.Intelligence;

/// <summary>
/// The period rules added in corridor-extract-3: spans of years and the two ends of a change over them, a duration
/// that is its own period, and present-tense rates dated by the article. Expected periods are worked out here from
/// the words, half-open [from, until).
/// </summary>
public sealed class ExtractionPeriodRuleTests
{
    private static readonly DateOnly Published = new(2022, 11, 28);

    private static IReadOnlyList<CandidateFigure> Read(string text) =>
        FigureExtractor.Extract(text, Published, new SubjectDictionary([])).Candidates;

    private static (DateOnly?, DateOnly?) Year(int year) => (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));

    [Fact]
    public void Change_OverASpanOfYears_StartValueTakesFirstYearEndValueTakesLast()
    {
        var found = Read("Trade fell from four billion dollars to $1.5 billion in the four years leading up to 2013.");
        var start = Assert.Single(found, c => c.Value == 4m * 1_000_000_000m);
        var end = Assert.Single(found, c => c.Value == 1.5m * 1_000_000_000m);
        Assert.Equal(Year(2013 - 4), (start.Period.From, start.Period.Until));
        Assert.Equal(Year(2013), (end.Period.From, end.Period.Until));
    }

    [Fact]
    public void SpanOfYears_ForOneFigure_IsTheWholeSpan()
    {
        var growth = Assert.Single(Read("Exports rose 40 percent in the three years to 2020."));
        Assert.Equal((new DateOnly(2020 - 3, 1, 1), new DateOnly(2021, 1, 1)), (growth.Period.From, growth.Period.Until));
    }

    [Fact]
    public void Duration_ForYears_IsItsOwnPeriodFromTheArticleDate()
    {
        var found = Read("The approval allows the cars to be sold in Russia for two years.");
        var duration = Assert.Single(found, c => c.Kind == FigureKind.Duration);
        Assert.Equal((2m, "years"), (duration.Value, duration.Unit));
        Assert.Equal((Published, Published.AddYears(2)), (duration.Period.From, duration.Period.Until));
    }

    [Fact]
    public void Rate_InThePresentTense_IsDatedByTheArticle()
    {
        var capacity = Assert.Single(Read("The line has a capacity of 6 million tonnes per year."));
        Assert.Equal((6_000_000m, "tonnes/year"), (capacity.Value, capacity.Unit));
        Assert.Equal((Published, Published.AddDays(1)), (capacity.Period.From!.Value, capacity.Period.Until!.Value));
    }

    [Fact]
    public void Rate_InThePastTense_HasNoPeriod()
    {
        var production = Assert.Single(Read("Before the sanctions, Iran produced more than one million cars per year."));
        Assert.Equal((1_000_000m, "units/year"), (production.Value, production.Unit));
        Assert.True(production.Period.IsNone);
    }
}
