namespace Corridor.Compliance;

/// <summary>Where a possible match stands in the review queue.</summary>
public enum MatchStatus
{
    /// <summary>Not yet decided: blocks trade with the counterparty.</summary>
    Open,

    /// <summary>Decided: the counterparty is the listed party. Blocks.</summary>
    TrueMatch,

    /// <summary>Decided: not the listed party. Stays decided while neither the counterparty nor the list entry changes.</summary>
    FalsePositive,

    /// <summary>Passed to a senior reviewer; blocks until decided.</summary>
    Escalated,

    /// <summary>Replaced by a later screening of the same counterparty, or the entry left the list.</summary>
    Superseded,
}
