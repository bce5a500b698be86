namespace Corridor.Intelligence.Extraction;

/// <summary>The sentences and candidate figures of one article, with the extractor version that produced them.</summary>
public sealed record ExtractionResult(string ExtractorVersion, IReadOnlyList<Sentence> Sentences, IReadOnlyList<CandidateFigure> Candidates);
