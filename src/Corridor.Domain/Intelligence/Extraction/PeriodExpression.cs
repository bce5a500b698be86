namespace Corridor.Intelligence.Extraction;

/// <summary>
/// A period expression found in a sentence. A <see cref="Postfix"/> one ("in 2013", "from 2007 to 2009",
/// "by 2015") qualifies the figure just before it; the others ("this year", "within three years", "during the
/// first nine months of this year") qualify the figures that follow them.
/// </summary>
internal sealed record PeriodExpression(int Start, int Length, Period Period, bool Postfix)
{
    public int End => Start + Length;

    /// <summary>For a span of years ("in the four years leading up to 2013"): its first calendar year, the period of a change's starting value.</summary>
    public Period? Opening { get; init; }

    /// <summary>For a span of years: its last calendar year, the period of a change's end value.</summary>
    public Period? Closing { get; init; }
}
