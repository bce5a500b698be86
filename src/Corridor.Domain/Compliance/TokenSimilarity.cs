namespace Corridor.Compliance;

/// <summary>Similarity of two tokens in [0, 1] and how it was reached. Kinds only meet kinds they can stand for.</summary>
internal static class TokenSimilarity
{
    /// <summary>
    /// Similarities under this are only known to be under it: no alignment step pairs tokens below
    /// <see cref="NameComparer.Tuning.WeakPair"/>, so computing them exactly would change no score.
    /// </summary>
    public const double Floor = NameComparer.Tuning.WeakPair;

    public static double Of(NameToken a, NameToken b, out TokenMatchKind how)
    {
        if (a.Glyph != 0 && b.Glyph != 0 && a.Glyph != b.Glyph && IsHangul(a.Glyph) == IsHangul(b.Glyph))
        {
            // two Han characters or two Hangul syllables that differ are two name parts, however alike they read
            var letters = EditDistance.Similarity(a.Text, b.Text, Floor);
            how = TokenMatchKind.SkeletonOnly;
            return Math.Min(letters, SkeletonOnly);
        }

        how = TokenMatchKind.Exact;
        if (a.Text == b.Text)
        {
            return 1.0;
        }

        how = TokenMatchKind.Weak;
        if (a.Kind == NameTokenKind.Number || b.Kind == NameTokenKind.Number)
        {
            return 0.0;
        }

        if (a.Kind == NameTokenKind.LegalForm || b.Kind == NameTokenKind.LegalForm)
        {
            if (a.Kind == b.Kind && a.Family == b.Family)
            {
                how = TokenMatchKind.SameFamily;
                return 0.85;
            }

            return a.Kind == b.Kind ? 0.3 : 0.0;
        }

        if (a.Kind == NameTokenKind.Particle || b.Kind == NameTokenKind.Particle)
        {
            if (a.Kind == b.Kind && a.Family == b.Family)
            {
                how = TokenMatchKind.SameFamily;
                return 0.95;
            }

            return 0.0;
        }

        if (a.Kind == NameTokenKind.Generic && b.Kind == NameTokenKind.Generic && a.Family == b.Family)
        {
            how = TokenMatchKind.SameFamily;
            return 0.95;
        }

        if (a.Kind == NameTokenKind.Initial || b.Kind == NameTokenKind.Initial)
        {
            how = TokenMatchKind.Initial;
            return a.Text[0] == b.Text[0] && !a.Vowelless && !b.Vowelless ? 0.8 : 0.0;
        }

        var abjad = a.Abjad || b.Abjad;
        var sim = Text(a.Text, a.Skeleton, a.Vowelless, b.Text, b.Skeleton, b.Vowelless, out how, abjad);
        if (sim < 1 && (!ReferenceEquals(a.AltSkeleton, a.Skeleton) || !ReferenceEquals(b.AltSkeleton, b.Skeleton)))
        {
            var alt = Text(a.Text, a.AltSkeleton, a.Vowelless, b.Text, b.AltSkeleton, b.Vowelless, out var altHow, abjad);
            if (alt > sim)
            {
                how = altHow;
                sim = alt;
            }
        }

        if (sim < 1 && (a.Spelling is not null || b.Spelling is not null) && !a.Vowelless && !b.Vowelless)
        {
            // one side spelt the German or Polish way: compare it as English spells it, letter by letter only (its
            // skeleton has lost the j, which as y counts as a vowel, so skeletons would agree far too easily)
            var spelt = Math.Max(
                a.Spelling is { } x ? EditDistance.Similarity(x, b.Text, Floor) : 0,
                b.Spelling is { } y ? EditDistance.Similarity(a.Text, y, Floor) : 0);
            if (spelt > sim)
            {
                how = TokenMatchKind.Spelling;
                sim = spelt;
            }
        }

        return sim;
    }

    private static bool HasVowel(ReadOnlySpan<char> text) => text.IndexOfAny("aeiouy") >= 0;

    private static bool IsHangul(int glyph) => glyph is >= 0xAC00 and <= 0xD7AF;

    /// <summary>A Latin-script agreement of consonant skeletons alone (kevin ~ khan): supporting evidence, below a strong pair.</summary>
    public const double SkeletonOnly = 0.75;

    /// <summary>Two Latin spellings with the same consonants and letters only fairly close (Aleksandr ~ Alexander): supporting, not strong.</summary>
    public const double LiftedSkeleton = 0.84;

    /// <summary>
    /// Similarity of two content strings: edit similarity, or the skeleton when a side has lost its vowels or both
    /// skeletons agree. A skeleton agreement counts as near-exact only where it is the fair comparison and nothing
    /// contradicts it: an abjad token whose written long vowels agree with the other spelling (<see cref="LongVowels"/>),
    /// or an Indic, Thai or Hangul reading that is also close letter by letter; otherwise it is
    /// <see cref="TokenMatchKind.SkeletonOnly"/> at <see cref="SkeletonOnly"/>.
    /// </summary>
    public static double Text(ReadOnlySpan<char> a, ReadOnlySpan<char> aSkeleton, bool aVowelless, ReadOnlySpan<char> b, ReadOnlySpan<char> bSkeleton, bool bVowelless, out TokenMatchKind how, bool abjad = false)
    {
        if (a.SequenceEqual(b))
        {
            how = TokenMatchKind.Exact;
            return 1.0;
        }

        // below the weakest pair the comparer ever makes, the exact value does not matter (see EditDistance.Similarity)
        var edit = EditDistance.Similarity(a, b, Floor);
        how = TokenMatchKind.Fuzzy;
        if ((aVowelless || bVowelless) && aSkeleton.Length > 0 && bSkeleton.Length > 0)
        {
            var skeleton = EditDistance.Similarity(aSkeleton, bSkeleton, Floor) * 0.97;
            if (skeleton > edit)
            {
                // two abjad spellings write the same long vowels: their letters are the comparison (mhmdy is not mhmd)
                var agrees = aVowelless && bVowelless
                    ? !abjad
                    : abjad ? LongVowels.Agree(aVowelless ? a : b, aVowelless ? b : a) : edit >= 0.6;
                if (agrees)
                {
                    how = TokenMatchKind.Skeleton;
                    return skeleton;
                }

                how = TokenMatchKind.SkeletonOnly;
                return Math.Max(edit, Math.Min(skeleton, SkeletonOnly));
            }
        }
        else if (aSkeleton.Length >= 2 && edit < 0.85 && aSkeleton.SequenceEqual(bSkeleton))
        {
            if (!HasVowel(a) || !HasVowel(b))
            {
                // a Latin word without a vowel is an acronym (TGG), its skeleton is itself: consonants agreeing with a
                // word's (Togg) are the letters of another name (matcher 2.2)
                how = edit > SkeletonOnly ? TokenMatchKind.Fuzzy : TokenMatchKind.SkeletonOnly;
                return Math.Max(edit, SkeletonOnly);
            }

            // letters close and consonants the same (Usama ~ Osama, Rostekh ~ Rostec): both agree, so near-exact; the
            // consonants alone (kevin ~ khan, saipa ~ saba) are only supporting evidence
            // (at 0.85 when the letters are close too, else at 0.84: supporting evidence, not a strong pair — NameEvidence)
            if (edit >= 0.65)
            {
                how = TokenMatchKind.Skeleton;
                return edit >= 0.7 ? 0.85 : LiftedSkeleton;
            }

            how = TokenMatchKind.SkeletonOnly;
            return SkeletonOnly;
        }

        return edit;
    }
}
