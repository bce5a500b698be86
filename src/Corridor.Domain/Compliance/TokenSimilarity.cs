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

        var sim = Text(a.Text, a.Skeleton, a.Vowelless, b.Text, b.Skeleton, b.Vowelless, out how);
        if (sim < 1 && (!ReferenceEquals(a.AltSkeleton, a.Skeleton) || !ReferenceEquals(b.AltSkeleton, b.Skeleton)))
        {
            var alt = Text(a.Text, a.AltSkeleton, a.Vowelless, b.Text, b.AltSkeleton, b.Vowelless, out var altHow);
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

    /// <summary>Similarity of two content strings: edit similarity, or the skeleton when a side has lost its vowels or both skeletons agree.</summary>
    public static double Text(string a, string aSkeleton, bool aVowelless, string b, string bSkeleton, bool bVowelless, out TokenMatchKind how)
    {
        if (a == b)
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
                how = TokenMatchKind.Skeleton;
                return skeleton;
            }
        }
        else if (aSkeleton.Length >= 2 && aSkeleton == bSkeleton && edit < 0.85)
        {
            how = TokenMatchKind.Skeleton;
            return 0.85;
        }

        return edit;
    }
}
