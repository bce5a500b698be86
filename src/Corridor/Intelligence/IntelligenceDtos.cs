namespace Corridor.Intelligence;

/// <summary>The JSON shapes of /api/intelligence.</summary>
public static class IntelligenceDtos
{
    public sealed record ArticleDto(Guid Id, string Source, string Publisher, DateOnly Published, string Language, string Title, string Sha256, int Characters,
        DateTimeOffset ImportedAt, string ImportedBy, string? ExtractorVersion, string? Text);

    /// <summary>An article to upload; <c>content</c> is plain text or HTML (reduced to its main text), at most 100,000 characters.</summary>
    public sealed record ArticleUpload(string Source, string? Publisher, DateOnly? Published, string? Language, string Content, bool? Html);

    public sealed record ArticleImportDto(ArticleDto Article, bool Created, int PendingCandidates);

    public sealed record CandidateDto(Guid Id, Guid ArticleId, string ArticleSource, string ExtractorVersion, string Status, string Sentence, int SentenceStart, int SentenceLength,
        int FigureStart, int FigureLength, string FigureText, string Kind, decimal Value, string Unit, string? RangeEnd, string? Qualifier,
        DateOnly? PeriodFrom, DateOnly? PeriodUntil, string? PeriodWords, string? Subject, string? SubjectWords, string? SubjectReason, string Metric, string? MetricWords,
        Guid? FactId, bool Edited, string? RejectReason, string? ReviewedBy, DateTimeOffset? ReviewedAt);

    /// <summary>What to accept; a field left out keeps the extractor's proposal.</summary>
    public sealed record AcceptInput(string? Subject, string? Metric, decimal? Value, string? Unit, DateOnly? PeriodFrom, DateOnly? PeriodUntil);

    public sealed record RejectInput(string Reason);

    public sealed record MergeInput(Guid FactId);

    public sealed record SourceDto(Guid ArticleId, string ArticleSource, string Publisher, DateOnly Published, Guid CandidateId, int SentenceStart, int SentenceLength,
        int FigureStart, int FigureLength, string Quote, string ExtractorVersion, bool Edited, string ReviewedBy, DateTimeOffset ReviewedAt);

    public sealed record FactDto(Guid Id, string StatementId, string Subject, string Metric, decimal Value, string Unit, DateOnly? PeriodFrom, DateOnly? PeriodUntil,
        string AcceptedBy, DateTimeOffset AcceptedAt, IReadOnlyList<SourceDto> Sources);

    public sealed record ConflictDto(string Subject, string Metric, DateOnly? PeriodFrom, DateOnly? PeriodUntil, IReadOnlyList<FactDto> Facts);

    public static ArticleDto ToDto(Article a, bool text) => new(a.Id, a.Source, a.Publisher, a.PublishedOn, a.Language, a.Title, a.Sha256, a.Text.Length, a.ImportedAt,
        a.ImportedBy, a.ExtractorVersion, text ? a.Text : null);

    public static CandidateDto ToDto(CandidateView v)
    {
        var c = v.Candidate;
        return new CandidateDto(c.Id, c.ArticleId, v.ArticleSource, c.ExtractorVersion, c.Status.ToString().ToLowerInvariant(), v.Sentence, c.SentenceStart, c.SentenceLength,
            c.FigureStart, c.FigureLength, c.FigureText, c.Kind.ToString().ToLowerInvariant(), c.Value, c.Unit, c.Bound == Extraction.RangeBound.None ? null : c.Bound.ToString().ToLowerInvariant(),
            c.Qualifier, c.PeriodFrom, c.PeriodUntil, c.PeriodWords, c.Subject, c.SubjectWords, c.SubjectReason, c.Metric, c.MetricWords, c.FactId, c.Edited, c.RejectReason,
            c.ReviewedBy, c.ReviewedAt);
    }

    public static FactDto ToDto(FactView v) => new(v.Fact.Id, v.Fact.StatementId, v.Fact.Subject, v.Fact.Metric, v.Fact.Value, v.Fact.Unit, v.Fact.PeriodFrom, v.Fact.PeriodUntil,
        v.Fact.AcceptedBy, v.Fact.AcceptedAt,
        v.Sources.Select(s => new SourceDto(s.ArticleId, s.ArticleSource, s.Publisher, s.Published, s.CandidateId, s.SentenceStart, s.SentenceLength, s.FigureStart, s.FigureLength,
            s.Quote, s.ExtractorVersion, s.Edited, s.ReviewedBy, s.ReviewedAt)).ToList());

    public static ConflictDto ToDto(FactConflict c) => new(c.Subject, c.Metric, c.From, c.Until, c.Facts.Select(ToDto).ToList());
}
