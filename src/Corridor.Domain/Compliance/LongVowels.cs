namespace Corridor.Compliance;

/// <summary>
/// Whether the long vowels an abjad writes agree with a Latin spelling whose consonant skeleton is the same. Arabic and
/// Persian omit short vowels but write long ones (ی y, و w/v); حسین (hsyn) is Hossein or Husayn, never Hasan, and محمدی
/// (mhmdy) is Mohammadi, not Mohammad. Each written long vowel must find, in order, a vowel of its kind in the Latin
/// spelling (y: i, e or y; w: o, u, w or v; an alef: a), and a Latin name ending in i/y/ee must end in y in the abjad (and
/// the reverse); an abjad word ending in an alef must end in a (or ah) in Latin.
/// </summary>
internal static class LongVowels
{
    public static bool Agree(ReadOnlySpan<char> abjad, ReadOnlySpan<char> latin)
    {
        if (abjad.Length == 0 || latin.Length == 0)
        {
            return true;
        }

        // a word that starts with a vowel is written with an alef (آرش arsh is Arash, never Reza); the reverse does not
        // hold, since an initial ayn is dropped in transliteration (عمر mr is Omar)
        if (abjad[0] == 'a' && latin[0] is not ('a' or 'e' or 'i' or 'o' or 'u'))
        {
            return false;
        }

        var pos = 0;
        for (var i = 0; i < abjad.Length; i++)
        {
            var kind = abjad[i] switch
            {
                'y' or 'i' or 'e' => 'y',
                'w' or 'v' or 'u' or 'o' => 'w',
                'a' => 'a',
                _ => '\0',
            };

            // a y or w that starts the word is a consonant (Yusuf, Walid); so is one between two written vowels
            if (kind == '\0' || i == 0)
            {
                continue;
            }

            var found = false;
            for (; pos < latin.Length && !found; pos++)
            {
                found = kind switch
                {
                    'y' => latin[pos] is 'i' or 'e' or 'y',
                    'w' => latin[pos] is 'o' or 'u' or 'w' or 'v',
                    // an alef inside a word is a long a (سایپا saypa is Saipa, never Sepah; matcher 2.3)
                    _ => latin[pos] is 'a',
                };
            }

            if (!found)
            {
                return false;
            }
        }

        // a final alef is a final a (زهرا zhra is Zahra, not Azhar)
        if (abjad.Length > 1 && abjad[^1] == 'a' && !latin.EndsWith("a", StringComparison.Ordinal) && !latin.EndsWith("ah", StringComparison.Ordinal))
        {
            return false;
        }

        return EndsLong(abjad) == EndsLong(latin);
    }

    // -ei is the long i of Persian names as Latin writes them (Khamenei خامنه‌ای, Rezaei رضایی); -ai, -oi, -ui are diphthongs
    private static bool EndsLong(ReadOnlySpan<char> word) => word.Length > 1 && (word[^1] is 'y' || (word[^1] is 'i' && word[^2] is not ('a' or 'o' or 'u')) || word.EndsWith("ee", StringComparison.Ordinal));
}
