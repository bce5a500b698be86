namespace Corridor.MarketAccess;

/// <summary>What a <see cref="MarketRule"/> does while it is in force.</summary>
public enum RuleEffect
{
    /// <summary>Imposes a requirement of the rule's kind.</summary>
    Require,

    /// <summary>A relaxation: every requirement of the same kind and market, for vehicles in its scope, is not applied.</summary>
    Suspend,

    /// <summary>A relaxation: requirements of the same kind and market ask for at most the rule's emission class.</summary>
    Lower,
}
