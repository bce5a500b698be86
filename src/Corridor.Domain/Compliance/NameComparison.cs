namespace Corridor.Compliance;

/// <summary>The similarity of two names in [0, 1] with the token-by-token explanation that produced it.</summary>
public sealed record NameComparison(NormalisedName Query, NormalisedName Candidate, double Score, IReadOnlyList<TokenMatch> Tokens);
