namespace Corridor.Intelligence.Extraction;

/// <summary>
/// A normalised period, half-open <c>[From, Until)</c>; either end may be unknown. <see cref="Text"/> is the
/// expression it was read from and <see cref="Start"/> its offset in the article (−1 when inferred).
/// </summary>
public sealed record Period(DateOnly? From, DateOnly? Until, string Text, int Start)
{
    /// <summary>No period stated or inferred.</summary>
    public static readonly Period None = new(null, null, "", -1);

    /// <summary>True when neither end is known.</summary>
    public bool IsNone => From is null && Until is null;
}
