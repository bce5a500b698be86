namespace Corridor.Compliance;

/// <summary>The similarity of two names in [0, 1] with the token-by-token explanation that produced it.</summary>
public sealed record NameComparison(NormalisedName Query, NormalisedName Candidate, double Score, IReadOnlyList<TokenMatch> Tokens)
{
    /// <summary>Why the score was limited below the threshold (matcher 2.0: the evidence did not add up); null if it was not.</summary>
    public string? Limited { get; init; }
}
