namespace Corridor.Compliance;

/// <summary>
/// Matcher 2.0's rule that evidence has to add up before a name can reach the threshold. An alignment's score is limited
/// to <see cref="Limit"/> (under <see cref="NameComparer.DefaultThreshold"/>) when
/// <list type="bullet">
/// <item>no name part agrees letter by letter (only consonant skeletons, weak pairs, or nothing);</item>
/// <item>the only strong pair is words written together (sergey vasilev ~ sergeyvasil) short of near-exact;</item>
/// <item>a one-word listed name (an alias, a vessel) is only one part of a longer query;</item>
/// <item>both names have two or more name parts and only one of them agrees (a single common token).</item>
/// </list>
/// A strong pair is exact, or close letter by letter (≥ 0.8), or an abjad skeleton whose long vowels agree, or two words
/// written together (≥ 0.85; on the skeleton only when the join is the whole of both names: عبد الله ~ Abdullah), or an
/// initialism; a supporting pair is a strong one or any other pair of ≥ 0.6, or a
/// skeleton-only agreement of three consonants or more. Name parts are content words (not numbers, legal forms, generic words, particles, patronymics).
/// </summary>
internal static class NameEvidence
{
    public const double Limit = NameComparer.DefaultThreshold - 0.05;

    public static string? Check(ReadOnlySpan<NameToken> q, ReadOnlySpan<NameToken> c, List<NameComparer.Pair> pairs, out int strongQ, NameKind candidateKind = NameKind.Unknown)
    {
        int contentQ = Parts(q, 0, q.Length), contentC = Parts(c, 0, c.Length);
        strongQ = 0;
        var joinedOnly = true;
        int strongC = 0, supportQ = 0, supportC = 0;
        foreach (var p in pairs)
        {
            // two words written together, or an initialism, are evidence of as many name parts on both sides
            var pq = Math.Max(Parts(q, p.QStart, p.QLength), Parts(c, p.CStart, p.CLength));
            var pc = pq;
            var strong = (Strong(p, Math.Min(q[p.QStart].Text.Length, c[p.CStart].Text.Length)) && !Contradicts(p, q, c))
                || (p.Kind == TokenMatchKind.JoinedSkeleton && p.Similarity >= 0.85 && Parts(q, p.QStart, p.QLength) == contentQ && Parts(c, p.CStart, p.CLength) == contentC
                    // a vessel's, aircraft's or company's name is a word (Mercury, Sensus): only its letters make it, not the
                    // consonants of a person's two names run together (matcher 2.4)
                    && candidateKind is not (NameKind.Vessel or NameKind.Aircraft or NameKind.Organisation));
            if (strong)
            {
                joinedOnly &= p.Kind is TokenMatchKind.Joined or TokenMatchKind.JoinedSkeleton && p.Similarity < 0.95;
                strongQ += pq;
                strongC += pc;
            }

            if (strong || Supporting(p, q, c))
            {
                supportQ += pq;
                supportC += pc;
            }
        }

        if (contentQ == 0 || contentC == 0)
        {
            return null;
        }

        if (NasabSwapped(q, c, pairs))
        {
            return "a given name stands for the father's name (bin, ibn): another person of the same family";
        }

        if (strongQ == 0 || strongC == 0)
        {
            return "no name part agrees letter by letter";
        }

        if (joinedOnly)
        {
            return "only words written together agree";
        }

        if (contentC == 1 && contentQ >= 2 && strongQ < 2)
        {
            return "a one-word listed name is only one part of the query";
        }

        if (contentQ >= 2 && contentC >= 2 && (supportQ < 2 || supportC < 2))
        {
            return "only one name part agrees";
        }

        if (contentC > contentQ && contentQ >= 2 && strongQ < 2)
        {
            return "the listed name has more parts and fewer than two of the query's agree letter by letter";
        }

        if (EastAsianUncovered(q, c, pairs))
        {
            return "a syllable of an East Asian name has no counterpart: another name";
        }

        if (CommonOnly(q, c, pairs))
        {
            return "only common name parts agree and the listed name has parts the query lacks";
        }

        if (CommonOnlyOfQuery(q, c, pairs))
        {
            return "only common name parts agree and the query has a rare part the listed name lacks";
        }

        return null;
    }

    /// <summary>
    /// Both names have a nasab (X bin Y: X son of Y) and the alignment pairs the given name of one with the father's name
    /// of the other (Salman bin Muhammad ~ Muhammad bin Salman): the order of a nasab is its meaning.
    /// </summary>
    private static bool NasabSwapped(ReadOnlySpan<NameToken> q, ReadOnlySpan<NameToken> c, List<NameComparer.Pair> pairs)
    {
        var qb = Nasab(q);
        var cb = Nasab(c);
        if (qb < 0 || cb < 0)
        {
            return false;
        }

        foreach (var p in pairs)
        {
            if ((p.QStart == qb - 1 && p.CStart == cb + 1) || (p.QStart == qb + 1 && p.CStart == cb - 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Every agreeing name part is common on the lists searched (<see cref="NameToken.Rarity"/> under
    /// <see cref="CommonPart"/>: Carlos, Martinez, Mohammad) and the listed name keeps a name part of its own (Carlos
    /// Martinez ~ Martinez Alvarez, Carlos): two common parts of a longer name are what many other people share.
    /// Outside an index every token is rare (rarity 1), so pairwise comparisons never meet this rule.
    /// </summary>
    private static bool CommonOnly(ReadOnlySpan<NameToken> q, ReadOnlySpan<NameToken> c, List<NameComparer.Pair> pairs)
    {
        var listedLeft = false;
        for (var j = 0; j < c.Length && !listedLeft; j++)
        {
            listedLeft = c[j].Kind == NameTokenKind.Content && !Covered(pairs, j);
        }

        if (!listedLeft)
        {
            return false;
        }

        foreach (var p in pairs)
        {
            for (var j = p.CStart; j < p.CStart + p.CLength; j++)
            {
                if (c[j].Kind == NameTokenKind.Content && c[j].Rarity >= CommonPart)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// The other side of <see cref="CommonOnly"/> (matcher 2.2): every agreeing name part is very common on the lists, and the
    /// query keeps a rare name part the listed name lacks (Qatar National Bank ~ NATIONAL BANK): what sets the query's
    /// party apart is what the listed name does not have.
    /// </summary>
    private static bool CommonOnlyOfQuery(ReadOnlySpan<NameToken> q, ReadOnlySpan<NameToken> c, List<NameComparer.Pair> pairs)
    {
        var rareLeft = false;
        for (var i = 0; i < q.Length && !rareLeft; i++)
        {
            rareLeft = q[i].Kind == NameTokenKind.Content && q[i].Rarity >= CommonPart && !CoveredInQuery(pairs, i);
        }

        if (!rareLeft)
        {
            return false;
        }

        foreach (var p in pairs)
        {
            for (var j = p.CStart; j < p.CStart + p.CLength; j++)
            {
                if (c[j].Kind == NameTokenKind.Content && c[j].Rarity >= VeryCommonPart)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// A name part under this rarity is very common (National, Bank, Mohammad: on some 50 listed names or more). Lower
    /// than <see cref="CommonPart"/>, since a listed party's own aliases make its rare parts look common (Almaz-Antey is on
    /// seven names).
    /// </summary>
    private const double VeryCommonPart = 0.8;

    private static bool CoveredInQuery(List<NameComparer.Pair> pairs, int i)
    {
        foreach (var p in pairs)
        {
            if (i >= p.QStart && i < p.QStart + p.QLength)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a pair of the alignment covers candidate token <paramref name="j"/>.</summary>
    private static bool Covered(List<NameComparer.Pair> pairs, int j)
    {
        foreach (var p in pairs)
        {
            if (j >= p.CStart && j < p.CStart + p.CLength)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name part under this rarity is common (on some 10 of the 43,710 listed names or more, with all shared lists loaded).</summary>
    public const double CommonPart = 0.9;

    /// <summary>The position of a bin/ibn/ben/bint between two name parts, or -1.</summary>
    private static int Nasab(ReadOnlySpan<NameToken> tokens)
    {
        for (var k = 1; k + 1 < tokens.Length; k++)
        {
            if (tokens[k].Kind == NameTokenKind.Particle && tokens[k].Text is "bin" or "ibn" or "ben" or "bint" or "binti"
                && tokens[k - 1].Kind == NameTokenKind.Content && tokens[k + 1].Kind == NameTokenKind.Content)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Another pair of ≥ 0.6 (Tom ~ Tim is not: 0.67 by letters, but two consonants), or a skeleton-only one of three
    /// consonants or more. Not a Han character's or Hangul syllable's reading against a short token (five letters or
    /// fewer) that differs in its first letter (高峰 feng ~ deng, 张 zhang ~ hang): a syllable whose first sound changes is
    /// another name (matcher 2.2; between Latin spellings, Harry ~ Larry is a typing error as often).
    /// </summary>
    private static bool Supporting(NameComparer.Pair p, ReadOnlySpan<NameToken> q, ReadOnlySpan<NameToken> c)
    {
        if (Contradicts(p, q, c))
        {
            return false;
        }

        if (p.Kind == TokenMatchKind.SkeletonOnly)
        {
            // where both sides write their vowels (not an abjad, an Indic or Thai reading, Hangul or a Han reading), the
            // first vowel must agree too: Husayn ~ Hussein is one name, Hasan ~ Huseyin and yuxuan ~ xianhua are two
            // (matcher 2.4); and a name part never stands for a generic word (buyerueong ~ bank)
            var a = q[p.QStart];
            var b = c[p.CStart];
            return a.Skeleton.Length >= 3 && a.Kind == b.Kind
                && (a.Vowelless || b.Vowelless || a.Glyph != 0 || b.Glyph != 0 || FirstVowel(a.Text) == FirstVowel(b.Text));
        }

        if (p.Kind == TokenMatchKind.JoinedSkeleton && !Abjad(q, p.QStart, p.QLength) && !Abjad(c, p.CStart, p.CLength)
            && Parts(q, p.QStart, p.QLength) == p.QLength && Parts(c, p.CStart, p.CLength) == p.CLength)
        {
            // name parts written together agreeing only on their consonants, where both sides write their vowels (ha yoon
            // ~ hyon): the letters say they differ (matcher 2.4; an initial run into a word, a lindeman ~ lindemann, still supports)
            return false;
        }

        if (p.Kind == TokenMatchKind.Fuzzy && p.QLength == 1 && p.CLength == 1 && (q[p.QStart].Glyph != 0 || c[p.CStart].Glyph != 0))
        {
            var a = q[p.QStart].Text;
            var b = c[p.CStart].Text;
            if (a.Length <= 5 && b.Length <= 5 && a[0] != b[0])
            {
                return false;
            }
        }

        return p.Similarity >= 0.6;
    }

    /// <summary>
    /// Two single tokens whose letters agree but whose forms say they are different names (matcher 2.3): one is the other
    /// with the Persian and Arabic -i of descent (Mohammadi ~ Muhammad, Hosseini ~ Husein, محمدی ~ Muhammad), or both are
    /// different Mandarin syllables (zhang ~ hang, cao ~ chao; from matcher 2.4 also shen ~ shun, yang ~ yan).
    /// </summary>
    private static bool Contradicts(NameComparer.Pair p, ReadOnlySpan<NameToken> q, ReadOnlySpan<NameToken> c)
    {
        if (p.Kind == TokenMatchKind.Exact || p.QLength != 1 || p.CLength != 1)
        {
            return false;
        }

        var a = q[p.QStart];
        var b = c[p.CStart];
        if (a.Kind != NameTokenKind.Content || b.Kind != NameTokenKind.Content)
        {
            return false;
        }

        return Nisba(a.Text, b.Text) || Nisba(b.Text, a.Text) || Syllables.DifferentMandarin(a.Text, b.Text);
    }

    private static char FirstVowel(string text) => text.IndexOfAny(['a', 'e', 'i', 'o', 'u']) is var k and >= 0 ? text[k] : '\0';

    private static bool Abjad(ReadOnlySpan<NameToken> tokens, int start, int length)
    {
        for (var k = start; k < start + length; k++)
        {
            if (tokens[k].Vowelless)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="derived"/> ends in the -i of descent after a consonant and <paramref name="root"/> ends in a consonant.</summary>
    private static bool Nisba(string derived, string root) =>
        derived.Length >= 4 && root.Length >= 3
        && derived[^1] is 'i' or 'y' && !IsVowel(derived[^2])
        && !IsVowel(root[^1]) && root[^1] is not 'h';

    private static bool IsVowel(char ch) => ch is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>
    /// Both names are East Asian (two or more name parts, every one a Han character, a Hangul syllable or a romanised
    /// Mandarin or Sino-Korean syllable) and a syllable of either has no agreeing counterpart (전혜진 ~ Jin Hye, 홍성호 ~
    /// Sheng Hong): each syllable of such a name is a name part, and a missing one makes another given or family name.
    /// </summary>
    private static bool EastAsianUncovered(ReadOnlySpan<NameToken> q, ReadOnlySpan<NameToken> c, List<NameComparer.Pair> pairs)
    {
        if (!EastAsian(q) || !EastAsian(c))
        {
            return false;
        }

        for (var i = 0; i < q.Length; i++)
        {
            if (q[i].Kind == NameTokenKind.Content && !Agrees(pairs, q, c, i, inQuery: true))
            {
                return true;
            }
        }

        for (var j = 0; j < c.Length; j++)
        {
            if (c[j].Kind == NameTokenKind.Content && !Agrees(pairs, q, c, j, inQuery: false))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EastAsian(ReadOnlySpan<NameToken> tokens)
    {
        var parts = 0;
        foreach (var t in tokens)
        {
            if (t.Kind != NameTokenKind.Content)
            {
                continue;
            }

            if (t.Glyph == 0 && !Syllables.IsEastAsian(t.Text))
            {
                return false;
            }

            parts++;
        }

        return parts >= 2;
    }

    private static bool Agrees(List<NameComparer.Pair> pairs, ReadOnlySpan<NameToken> q, ReadOnlySpan<NameToken> c, int k, bool inQuery)
    {
        foreach (var p in pairs)
        {
            var covers = inQuery ? k >= p.QStart && k < p.QStart + p.QLength : k >= p.CStart && k < p.CStart + p.CLength;
            if (covers && Supporting(p, q, c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Strong(NameComparer.Pair p, int length) => p.Kind switch
    {
        TokenMatchKind.Exact => true,
        // one letter in five is another short name (zhang ~ hang, maria ~ mario); from six letters one edit is a variant
        TokenMatchKind.Fuzzy or TokenMatchKind.Spelling => p.Similarity >= 0.83 || (p.Similarity >= 0.8 && length >= 6),
        TokenMatchKind.Skeleton => p.Similarity > TokenSimilarity.LiftedSkeleton,
        TokenMatchKind.Joined => p.Similarity >= 0.85,
        TokenMatchKind.Initialism => true,
        _ => false,
    };

    private static int Parts(ReadOnlySpan<NameToken> tokens, int start, int length)
    {
        var n = 0;
        for (var k = start; k < start + length; k++)
        {
            n += tokens[k].Kind is NameTokenKind.Content ? 1 : 0;
        }

        return n;
    }
}
