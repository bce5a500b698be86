namespace Corridor.Trade;

/// <summary>
/// One ceiling of an agreement against one order (decision 042): the limit, what confirmed orders use, what this
/// order adds, what remains after it, the share used after it (rounded to 4 places, half away from zero) and the state.
/// </summary>
public sealed record CeilingAssessment(string Label, string Unit, decimal Limit, decimal Used, decimal ThisOrder, decimal RemainingAfter, decimal ShareAfter, CeilingState State)
{
    /// <summary>Assesses <paramref name="thisOrder"/> on top of <paramref name="used"/> against <paramref name="limit"/>.</summary>
    public static CeilingAssessment Of(string label, string unit, decimal limit, decimal used, decimal thisOrder)
    {
        var after = used + thisOrder;
        var share = limit == 0 ? 1m : decimal.Round(after / limit, 4, MidpointRounding.AwayFromZero);
        var state = after > limit ? CeilingState.Exceeded : share >= Agreement.WarningShare ? CeilingState.Warning : CeilingState.Ok;
        return new CeilingAssessment(label, unit, limit, used, thisOrder, limit - after, share, state);
    }

    /// <summary>Why the order cannot be confirmed without an override, when the ceiling is exceeded; else null.</summary>
    public string? Refusal => State == CeilingState.Exceeded
        ? $"{Label}: {Used:0.##} used + {ThisOrder:0.##} in this order = {Used + ThisOrder:0.##} {Unit}, above the ceiling of {Limit:0.##} (an administrator may override with a reason)"
        : null;

    /// <summary>The warning when the order takes the ceiling to <see cref="Agreement.WarningShare"/> or more of it; else null.</summary>
    public string? Warning => State == CeilingState.Warning ? $"{Label}: {ShareAfter:P0} of the ceiling of {Limit:0.##} {Unit} would be used" : null;
}
