namespace Corridor.Intelligence;

/// <summary>One source of a reviewed fact: the article, the sentence quoted from its stored offsets, the figure's offsets, the extractor version, who decided and when.</summary>
public sealed record FactSource(Guid ArticleId, string ArticleSource, string Publisher, DateOnly Published, Guid CandidateId, int SentenceStart, int SentenceLength,
    int FigureStart, int FigureLength, string Quote, string ExtractorVersion, bool Edited, string ReviewedBy, DateTimeOffset ReviewedAt);
