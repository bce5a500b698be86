using Corridor.Common;

namespace Corridor.Trade;

/// <summary>Why a landed cost could not be computed (decision 042): a missing exchange rate, or no duty or VAT rule for the goods on the day.</summary>
public enum LandedCostProblemKind
{
    ExchangeRate,
    NoDutyRule,
    NoVatRule,
}

/// <summary>One reason a landed cost could not be computed: its kind, for callers, and the message people read.</summary>
public sealed record LandedCostProblem(LandedCostProblemKind Kind, string Message)
{
    public override string ToString() => Message;
}

/// <summary>The landed cost of one unit, or the typed reasons it could not be computed.</summary>
public sealed class LandedCostResult : Result<LandedCost, LandedCostProblem>
{
    private LandedCostResult(LandedCost? value, IReadOnlyList<LandedCostProblem> problems)
        : base(value, problems)
    {
    }

    public IReadOnlyList<LandedCostProblem> Problems => Reasons;

    /// <summary>The problems' messages, as people read them.</summary>
    public IReadOnlyList<string> Errors => Reasons.Select(p => p.Message).ToList();

    public static LandedCostResult Success(LandedCost value) => new(value, []);

    public static LandedCostResult Failure(IReadOnlyList<LandedCostProblem> problems) =>
        problems.Count == 0 ? throw new ArgumentException("a failure needs a reason.", nameof(problems)) : new(null, problems);
}
