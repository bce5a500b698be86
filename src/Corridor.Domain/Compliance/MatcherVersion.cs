namespace Corridor.Compliance;

/// <summary>
/// The version of the matching algorithm (normalisation, word lists, scoring constants). Stored with every screening so
/// that a score can be reproduced for a given list snapshot and algorithm version; any change to the method bumps it.
/// </summary>
public static class MatcherVersion
{
    /// <remarks>
    /// 1.1: candidate generation seeds from keys on at most 2,000 names whatever the list's size (1.0: a fiftieth of
    /// the list); scores differ from 1.0 only on lists of more than 100,000 names.
    /// 1.2: Han characters also read in Korean and Japanese (Unihan) against names without Han characters, in scoring and
    /// as index keys; German/Polish spellings (j, w, tsch/cz, sch/sz) also compared as English spells them; no conflict
    /// term for an alignment of one pair with nothing left over. Scores differ from 1.1 for such names.
    /// </remarks>
    public const string Current = "corridor-match-1.2";
}
