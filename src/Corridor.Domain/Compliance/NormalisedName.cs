namespace Corridor.Compliance;

/// <summary>A name as written and its tokens after <see cref="NameNormaliser"/>.</summary>
public sealed record NormalisedName(string Original, IReadOnlyList<NameToken> Tokens)
{
    /// <summary>The tokens joined by spaces: the comparable form shown in explanations.</summary>
    public string Form => string.Join(' ', Tokens.Select(t => t.Text));

    /// <summary>The Korean and Japanese readings of the name's Han characters; null when it has none.</summary>
    public NameReadings? Readings { get; init; }

    /// <summary>What the name was normalised as (a listed entry's type, a query's type when given; else unknown).</summary>
    public NameKind Kind { get; init; }

    /// <summary>Which reading <see cref="Tokens"/> are: null as transliterated (Han in Mandarin), else "Korean" or "Japanese".</summary>
    public string? Reading { get; init; }
}
