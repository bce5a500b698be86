namespace Corridor.Intelligence.Extraction;

/// <summary>Which end of a stated range ("$13,000 to $16,000") a candidate is.</summary>
public enum RangeBound
{
    /// <summary>Not part of a range.</summary>
    None,

    /// <summary>The lower end.</summary>
    Min,

    /// <summary>The upper end.</summary>
    Max,
}
