namespace Corridor.Compliance;

/// <summary>
/// The version of the matching algorithm (normalisation, word lists, scoring constants). Stored with every screening so
/// that a score can be reproduced for a given list snapshot and algorithm version; any change to the method bumps it.
/// </summary>
public static class MatcherVersion
{
    public const string Current = "corridor-match-1.0";
}
