namespace Corridor.Compliance;

/// <summary>A name as written and its tokens after <see cref="NameNormaliser"/>.</summary>
public sealed record NormalisedName(string Original, IReadOnlyList<NameToken> Tokens)
{
    /// <summary>The tokens joined by spaces: the comparable form shown in explanations.</summary>
    public string Form => string.Join(' ', Tokens.Select(t => t.Text));
}
