namespace Corridor.Compliance;

/// <summary>
/// One line of a name comparison's explanation: the query token(s), the candidate token(s), how they correspond, their
/// similarity in [0, 1] and the weight the pair carries in the score.
/// </summary>
public sealed record TokenMatch(string Query, string Candidate, TokenMatchKind Kind, double Similarity, double Weight)
{
    public override string ToString() => Kind switch
    {
        TokenMatchKind.QueryOnly => $"'{Query}' has no counterpart (weight {Weight:0.##})",
        TokenMatchKind.Limited => $"limited to {Weight:0.00} (from {Similarity:0.000}): {Query}",
        TokenMatchKind.CandidateOnly => $"'{Candidate}' of the listed name has no counterpart (weight {Weight:0.##})",
        _ => $"'{Query}' ~ '{Candidate}': {Kind.ToString().ToLowerInvariant()} {Similarity:0.00} (weight {Weight:0.##})",
    };
}
