using Corridor.Common;
using Corridor.Intelligence.Extraction;

namespace Corridor.Intelligence;

/// <summary>
/// A figure the extractor found in an article, stored for review: the extractor version, the sentence and the figure
/// as character offsets into <see cref="Article.Text"/>, the value read, and the proposed subject, metric and period
/// with the words of the text that gave each. A reviewer accepts it (as proposed or edited: it becomes a source of a
/// <see cref="ReviewedFact"/>), rejects it with a reason, or merges it into a fact accepted from another candidate.
/// A decided candidate is not decided again.
/// </summary>
public sealed class FactCandidate : IOrganisationOwned
{
    private FactCandidate()
    {
        ExtractorVersion = FigureText = Unit = Metric = "";
    }

    public FactCandidate(Guid articleId, string extractorVersion, CandidateFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        Id = Guid.CreateVersion7();
        ArticleId = articleId;
        ExtractorVersion = Guard.Text(extractorVersion, "extractor version", 40);
        SentenceStart = figure.Sentence.Start;
        SentenceLength = figure.Sentence.Text.Length;
        FigureStart = figure.Start;
        FigureLength = figure.Length;
        FigureText = Clip(figure.Text, 200)!;
        Kind = figure.Kind;
        Value = figure.Value;
        Unit = figure.Unit;
        Bound = figure.Bound;
        Qualifier = figure.Qualifier;
        PeriodFrom = figure.Period.From;
        PeriodUntil = figure.Period.Until;
        PeriodWords = figure.Period.IsNone ? null : Clip(figure.Period.Text, 200);
        Subject = figure.Subject?.Key;
        SubjectWords = Clip(figure.Subject?.Words, 200);
        SubjectReason = Clip(figure.Subject?.Reason, 200);
        Metric = figure.Metric;
        MetricWords = Clip(figure.MetricWords, 200);
        Status = CandidateStatus.Pending;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ArticleId { get; private set; }

    /// <summary>The extractor that proposed it (<see cref="FigureExtractor.Version"/>).</summary>
    public string ExtractorVersion { get; private set; }

    /// <summary>Offset of the sentence in the article text.</summary>
    public int SentenceStart { get; private set; }

    public int SentenceLength { get; private set; }

    /// <summary>Offset of the figure's words in the article text (not in the sentence).</summary>
    public int FigureStart { get; private set; }

    public int FigureLength { get; private set; }

    /// <summary>The figure's words as in the article ("$300 million").</summary>
    public string FigureText { get; private set; }

    public FigureKind Kind { get; private set; }

    public decimal Value { get; private set; }

    public string Unit { get; private set; }

    public RangeBound Bound { get; private set; }

    public string? Qualifier { get; private set; }

    public DateOnly? PeriodFrom { get; private set; }

    public DateOnly? PeriodUntil { get; private set; }

    /// <summary>The words that gave the period ("from 2007 to 2009"); null when none was found.</summary>
    public string? PeriodWords { get; private set; }

    public string? Subject { get; private set; }

    public string? SubjectWords { get; private set; }

    /// <summary>Why the subject was chosen ("maker named", "destination market").</summary>
    public string? SubjectReason { get; private set; }

    public string Metric { get; private set; }

    public string? MetricWords { get; private set; }

    public CandidateStatus Status { get; private set; }

    /// <summary>The fact it is a source of, once accepted or merged.</summary>
    public Guid? FactId { get; private set; }

    /// <summary>True when the reviewer changed a proposed value on accepting.</summary>
    public bool Edited { get; private set; }

    public string? RejectReason { get; private set; }

    public string? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>The proposal as fact values; null when the extractor proposed no subject.</summary>
    public FactValues? Proposed => Subject is null ? null : new FactValues(Subject, Metric, Value, Unit, PeriodFrom, PeriodUntil);

    /// <summary>Makes this candidate a source of <paramref name="fact"/>, whose values the reviewer accepted.</summary>
    public Result<FactCandidate> Accept(ReviewedFact fact, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (Status != CandidateStatus.Pending)
        {
            return Result<FactCandidate>.Failure($"This candidate is already {Status.ToString().ToLowerInvariant()}.");
        }

        Edited = !(fact.Subject == Subject && fact.Metric == Metric && fact.Value == Value && fact.Unit == Unit && fact.PeriodFrom == PeriodFrom && fact.PeriodUntil == PeriodUntil);
        return Decide(CandidateStatus.Accepted, fact.Id, null, by, at);
    }

    /// <summary>Makes this candidate another source of an already accepted <paramref name="fact"/> (its values stay the fact's).</summary>
    public Result<FactCandidate> MergeInto(ReviewedFact fact, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Status != CandidateStatus.Pending
            ? Result<FactCandidate>.Failure($"This candidate is already {Status.ToString().ToLowerInvariant()}.")
            : Decide(CandidateStatus.Merged, fact.Id, null, by, at);
    }

    /// <summary>Rejects the candidate; the reason is required.</summary>
    public Result<FactCandidate> Reject(string? reason, string by, DateTimeOffset at)
    {
        if (Status != CandidateStatus.Pending)
        {
            return Result<FactCandidate>.Failure($"This candidate is already {Status.ToString().ToLowerInvariant()}.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<FactCandidate>.Failure("reason: say why the candidate is rejected.");
        }

        if (reason.Trim().Length > 500)
        {
            return Result<FactCandidate>.Failure("reason: at most 500 characters.");
        }

        return Decide(CandidateStatus.Rejected, null, reason.Trim(), by, at);
    }

    private Result<FactCandidate> Decide(CandidateStatus status, Guid? fact, string? reason, string by, DateTimeOffset at)
    {
        Status = status;
        FactId = fact;
        RejectReason = reason;
        ReviewedBy = Guard.Text(by, "reviewer");
        ReviewedAt = at;
        return Result<FactCandidate>.Success(this);
    }

    private static string? Clip(string? text, int max) => text is null ? null : text.Length <= max ? text : text[..max];
}
