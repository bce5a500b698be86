namespace Corridor.Compliance;

/// <summary>
/// The keys a name is posted under in a <see cref="ScreeningIndex"/> (a listed name) or looks up (a query): t:text,
/// g:trigram, s:skeleton, j:skeleton of two neighbours joined; a query adds s: of its skeletons less one letter and of
/// joined pairs, and j: of single skeletons. A name with Han characters adds the keys of every Korean and Japanese option
/// of each character, and of the first <see cref="PairedOptions"/> options of two neighbouring characters joined (Yamada
/// is 山 yama + 田 da).
/// </summary>
internal static class ScreeningKeys
{
    /// <summary>How many options of each of two neighbouring Han characters are joined into keys (the most usual come first).</summary>
    private const int PairedOptions = 6;

    public static void Of(NormalisedName name, KeySink keys, bool query)
    {
        var tokens = name.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind is NameTokenKind.Particle or NameTokenKind.Initial or NameTokenKind.LegalForm)
            {
                continue;
            }

            TokenKeys(t, keys, query);
            if (i + 1 < tokens.Count && tokens[i + 1].Kind is not NameTokenKind.Number)
            {
                JoinedKeys(t, tokens[i + 1], keys, query);
            }
        }

        if (name.Readings is { } readings)
        {
            ReadingKeys(readings.Positions, readings.Korean, keys, query);
            ReadingKeys(readings.Positions, readings.Japanese, keys, query);
        }
    }

    private static void ReadingKeys(IReadOnlyList<int> positions, IReadOnlyList<NameToken[]> options, KeySink keys, bool query)
    {
        for (var k = 0; k < positions.Count; k++)
        {
            // the option's text and skeleton only: trigrams and skeletons less a letter of a dozen short readings per
            // character would make a Han name share some key with almost every query
            foreach (var option in options[k])
            {
                keys.Add('t', option.Text);
                if (option.Skeleton.Length >= 2)
                {
                    keys.Add('s', option.Skeleton);
                }
            }

            if (k + 1 < positions.Count && positions[k + 1] == positions[k] + 1)
            {
                var first = options[k];
                var second = options[k + 1];
                for (var a = 0; a < Math.Min(PairedOptions, first.Length); a++)
                {
                    for (var b = 0; b < Math.Min(PairedOptions, second.Length); b++)
                    {
                        JoinedKeys(first[a], second[b], keys, query);
                    }
                }
            }
        }
    }

    private static void TokenKeys(NameToken t, KeySink keys, bool query)
    {
        keys.Add('t', t.Text);
        if (t.Text.Length >= 4 && !t.Vowelless)
        {
            // padded character trigrams catch spellings whose skeletons differ (Sepakh/Sepah, Chamenei/Khamenei)
            Span<char> padded = t.Text.Length <= 126 ? stackalloc char[t.Text.Length + 2] : new char[t.Text.Length + 2];
            padded[0] = '^';
            t.Text.CopyTo(padded[1..]);
            padded[^1] = '$';
            for (var k = 0; k + 3 <= padded.Length; k++)
            {
                keys.Add('g', padded.Slice(k, 3));
            }
        }

        if (!ReferenceEquals(t.AltSkeleton, t.Skeleton) && t.AltSkeleton.Length >= 2)
        {
            keys.Add('s', t.AltSkeleton);
        }

        if (t.Spelling is { } spelling)
        {
            // its text only: its skeleton is the token's own or has lost a j (y counts as a vowel)
            keys.Add('t', spelling);
        }

        var skeleton = t.Skeleton;
        if (skeleton.Length >= 2)
        {
            keys.Add('s', skeleton);
            if (query)
            {
                // a token of the query that the list writes as two (Siemens AG for SiemensAG)
                keys.Add('j', skeleton);
            }
        }

        if (skeleton.Length >= 4 && query)
        {
            // A query also looks up its skeleton less one letter (a letter too many, e.g. a doubled consonant);
            // other single errors meet through the trigrams.
            for (var k = 0; k < skeleton.Length; k++)
            {
                keys.Add('s', skeleton.AsSpan(0, k), skeleton.AsSpan(k + 1));
            }
        }
    }

    private static void JoinedKeys(NameToken t, NameToken next, KeySink keys, bool query)
    {
        var length = t.Text.Length + next.Text.Length;
        Span<char> text = length <= 128 ? stackalloc char[length] : new char[length];
        Span<char> joined = length <= 128 ? stackalloc char[length * 2] : new char[length * 2];
        t.Text.CopyTo(text);
        next.Text.CopyTo(text[t.Text.Length..]);
        var n = NameSkeleton.Of(text, joined, t.Vowelless || next.Vowelless);
        if (n >= 3)
        {
            keys.Add('j', joined[..n]);
            if (query)
            {
                // two tokens of the query that the list writes as one
                keys.Add('s', joined[..n]);
            }
        }
    }
}
