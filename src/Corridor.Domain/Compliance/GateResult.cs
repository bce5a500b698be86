namespace Corridor.Compliance;

/// <summary>The answer of <see cref="IScreeningGate"/>: the blocking matches, each naming counterparty and list entry.</summary>
public sealed record GateResult(IReadOnlyList<GateBlock> Blocks)
{
    public bool Blocked => Blocks.Count > 0;

    /// <summary>One sentence per block, for a ProblemDetails detail.</summary>
    public string Describe() => string.Join(" ", Blocks.Select(b => b.ToString()));
}
