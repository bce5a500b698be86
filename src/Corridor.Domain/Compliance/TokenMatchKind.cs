namespace Corridor.Compliance;

/// <summary>How two tokens were found to correspond (or that a token found no counterpart).</summary>
public enum TokenMatchKind
{
    Exact,
    Fuzzy,
    Skeleton,
    Initial,
    Joined,
    Initialism,
    SameFamily,
    Weak,
    QueryOnly,
    CandidateOnly,

    /// <summary>Equal or close once German or Polish spelling is read as English (Jewgenij ~ Yevgeniy, Tschernow ~ Chernov).</summary>
    Spelling,
}
