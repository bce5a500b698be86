namespace Corridor.Intelligence.Extraction;

/// <summary>
/// A figure found in an article, to be reviewed: the text it was read from with its character offset in the
/// article, the value and unit, the sentence, the proposed period, subject and metric, and the qualifier
/// ("more than", "fewer than", "roughly") if the text gives one.
/// </summary>
public sealed record CandidateFigure(
    int Start,
    int Length,
    string Text,
    FigureKind Kind,
    decimal Value,
    string Unit,
    RangeBound Bound,
    string? Qualifier,
    Sentence Sentence,
    Period Period,
    SubjectMatch? Subject,
    string Metric)
{
    /// <summary>The words of the sentence that gave <see cref="Metric"/> ("export", "capacity"); null when none did.</summary>
    public string? MetricWords { get; init; }
}
