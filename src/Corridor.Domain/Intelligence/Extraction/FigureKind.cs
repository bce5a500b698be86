namespace Corridor.Intelligence.Extraction;

/// <summary>What a candidate figure measures.</summary>
public enum FigureKind
{
    /// <summary>An amount of money with its ISO 4217 currency as the unit.</summary>
    Money,

    /// <summary>A count of things (vehicles, tonnes, TEU, wagons, requests…), possibly a rate per year.</summary>
    Count,

    /// <summary>A percentage (unit <c>percent</c>).</summary>
    Percent,

    /// <summary>A multiplier such as "eightfold" or "doubled" (unit <c>ratio</c>).</summary>
    Ratio,

    /// <summary>A length of time stated as a figure ("for two years").</summary>
    Duration,
}
