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

    /// <summary>
    /// Consonant skeletons agree but nothing else does (two Latin spellings, a long vowel the abjad writes that the Latin
    /// lacks, or an Indic/Thai/Hangul reading far off by letters): supporting evidence at most, never enough alone.
    /// </summary>
    SkeletonOnly,

    /// <summary>Two to four words written together in the other name, agreeing on the consonant skeleton (an abjad side).</summary>
    JoinedSkeleton,

    /// <summary>Not a token pair: the score was limited because the evidence did not add up (the reason, the score before, the limit).</summary>
    Limited,
}
