namespace Corridor.Intelligence;

/// <summary>A candidate with what the review page shows of its article: the sentence (from the stored offsets) and the article's source and date.</summary>
public sealed record CandidateView(FactCandidate Candidate, string Sentence, string ArticleSource, string ArticleTitle, DateOnly Published)
{
    /// <summary>The figure's offset inside <see cref="Sentence"/>.</summary>
    public int FigureInSentence => Candidate.FigureStart - Candidate.SentenceStart;
}
