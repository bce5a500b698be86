namespace Corridor.Logistics;

/// <summary>Which columns of the reduced plan model the first LP gets (decision 016).</summary>
internal enum PlanColumnRestriction
{
    /// <summary>Every column, one solve, no pricing.</summary>
    None,

    /// <summary>The columns a Lagrangian estimate of the capacity prices finds near each demand's cheapest (<see cref="LagrangianRestriction"/>), then pricing rounds.</summary>
    Lagrangian,

    /// <summary>Only each demand's cheapest column, then pricing rounds: a deliberately poor start that needs several rounds (tests).</summary>
    CheapestColumnOnly,
}
