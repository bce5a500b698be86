namespace Corridor.Intelligence.Extraction;

/// <summary>
/// A period expression found in a sentence. A <see cref="Postfix"/> one ("in 2013", "from 2007 to 2009",
/// "by 2015") qualifies the figure just before it; the others ("this year", "within three years", "during the
/// first nine months of this year") qualify the figures that follow them.
/// </summary>
internal sealed record PeriodExpression(int Start, int Length, Period Period, bool Postfix)
{
    public int End => Start + Length;
}
