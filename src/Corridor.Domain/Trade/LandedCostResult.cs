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
public sealed class LandedCostResult
{
    private readonly LandedCost? _value;

    private LandedCostResult(LandedCost? value, IReadOnlyList<LandedCostProblem> problems)
    {
        _value = value;
        Problems = problems;
    }

    public bool Succeeded => Problems.Count == 0;

    public IReadOnlyList<LandedCostProblem> Problems { get; }

    /// <summary>The problems' messages, as people read them.</summary>
    public IReadOnlyList<string> Errors => Problems.Select(p => p.Message).ToList();

    /// <exception cref="InvalidOperationException">The landed cost could not be computed.</exception>
    public LandedCost Value => Succeeded ? _value! : throw new InvalidOperationException(string.Join("; ", Errors));

    public static LandedCostResult Success(LandedCost value) => new(value, []);

    public static LandedCostResult Failure(IReadOnlyList<LandedCostProblem> problems) =>
        problems.Count == 0 ? throw new ArgumentException("a failure needs a reason.", nameof(problems)) : new(null, problems);
}
