namespace Corridor.Compliance;

/// <summary>
/// One token of a normalised name: lower-case ASCII <see cref="Text"/>, its consonant <see cref="Skeleton"/>, its kind and
/// whether it was written in a script that omits short vowels (Arabic, Persian, Hebrew), in which case only the skeleton
/// is a fair comparison.
/// </summary>
public sealed record NameToken(string Text, string Skeleton, NameTokenKind Kind, bool Vowelless, string? Family = null)
{
    /// <summary>For a vowelless token, the skeleton under the Persian reading of th/dh (see <see cref="NameSkeleton.Of"/>); otherwise <see cref="Skeleton"/>.</summary>
    public string AltSkeleton { get; init; } = Skeleton;

    /// <summary>
    /// The token as English spelling would write it when it is spelt the German or Polish way (j for y, w for v, tsch/cz
    /// for ch, sch/sz for sh: Jewgenij → yevgeniy, Tschernow → chernov); null when the rules change nothing
    /// (see <see cref="NameSkeleton.EnglishSpelling"/>).
    /// </summary>
    public string? Spelling { get; init; }

    /// <summary>
    /// The Han character or Hangul syllable the token was read from (0 if none). Two such tokens of the same script are
    /// the same name part only when the glyph is the same: 高石 and 高市 read alike (shi), 종 and 정 differ by a vowel, and
    /// each is another name (matcher 2.1).
    /// </summary>
    public int Glyph { get; init; }

    /// <summary>Written in an abjad (Arabic, Persian, Hebrew): short vowels omitted, long vowels written (y, w, a).</summary>
    public bool Abjad { get; init; }

    /// <summary>
    /// How rare the token is on the lists searched, in [0.5, 1] (1 unless an index set it, see <see cref="ScreeningIndex"/>):
    /// a name part on hundreds of listed names (Mohammad, Juan, Wang) is weaker evidence than a rare one.
    /// </summary>
    public double Rarity { get; init; } = 1.0;

    /// <summary>Relative weight in the name score (content 1.0 down to particles 0.1), times <see cref="Rarity"/>.</summary>
    public double Weight => Rarity * Kind switch
    {
        NameTokenKind.Content => Text.Length <= 2 ? 0.7 : 1.0,
        NameTokenKind.Patronymic => 0.6,
        NameTokenKind.Generic => 0.3,
        NameTokenKind.LegalForm => 0.2,
        NameTokenKind.Number => 0.35,
        NameTokenKind.Initial => 0.35,
        _ => 0.12,
    };

    public override string ToString() => Text;
}
