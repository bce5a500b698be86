namespace Corridor.MarketAccess;

/// <summary>What proves that a requirement of a given <see cref="RequirementKind"/> is met.</summary>
public enum RequirementEvidence
{
    /// <summary>A certificate of one of the kind's certificate kinds, in force and valid on the day.</summary>
    Certificate,

    /// <summary>
    /// A certificate of one of the kind's certificate kinds, in force and valid on the day, that certifies an
    /// emission class at least the rule's class. The catalogue's class is the maker's claim and proves nothing.
    /// </summary>
    CertifiedEmissionClass,
}
