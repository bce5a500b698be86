using System.Text;

namespace Corridor.Compliance;

/// <summary>
/// The consonant skeleton of a transliterated token: the form that survives when a script leaves out short vowels
/// (بانک سپه → bnk sph; Bank Sepah → bnk sp). Vowels and the letters that Arabic script uses for long vowels (w, y, v)
/// are dropped, digraphs and near-homophones are folded (kh→k, sh→s, ph→f, q→k, z→s, ck→k, x→ks), doubled letters are
/// collapsed and a final h (often a written vowel) is dropped.
/// </summary>
public static class NameSkeleton
{
    /// <param name="token">A lower-case ASCII token.</param>
    /// <param name="vowelless">The token was transliterated from a script without written short vowels: there "ph" is two
    /// letters (سپه → sph), not the digraph for f.</param>
    /// <param name="persianReading">For a vowelless token: read the letters that Persian pronounces as s or z
    /// (ث th, ذ ظ dh) that way, which is how Iranian names are spelt in Latin (ظریف → Zarif, not Dharif).</param>
    public static string Of(string token, bool vowelless = false, bool persianReading = false)
    {
        if (token.Length == 0 || IsDigits(token))
        {
            return token;
        }

        Span<char> buffer = token.Length <= 128 ? stackalloc char[token.Length * 2] : new char[token.Length * 2];
        var length = Write(token, vowelless, persianReading, buffer);
        return length == token.Length && buffer[..length].SequenceEqual(token) ? token : new string(buffer[..length]);
    }

    /// <summary>
    /// <see cref="Of(string, bool, bool)"/> into <paramref name="destination"/> (at least twice the token's length: x is
    /// ks), without allocating: for tokens built on the fly (words written together). Returns the length written.
    /// </summary>
    public static int Of(ReadOnlySpan<char> token, Span<char> destination, bool vowelless = false)
    {
        if (token.Length == 0 || IsDigits(token))
        {
            token.CopyTo(destination);
            return token.Length;
        }

        return Write(token, vowelless, false, destination);
    }

    private static bool IsDigits(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int Write(ReadOnlySpan<char> token, bool vowelless, bool persianReading, Span<char> sb)
    {
        var n = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            var next2 = i + 2 < token.Length ? token[i + 2] : '\0';
            var next3 = i + 3 < token.Length ? token[i + 3] : '\0';
            char? mapped = c switch
            {
                // German tsch/sch, French tch, dj and Russian dzh are other spellings of ch, sh and j.
                't' when next == 's' && next2 == 'c' && next3 == 'h' && !vowelless => Skip(ref i, 'c', 3),
                't' when next == 'c' && next2 == 'h' && !vowelless => Skip(ref i, 'c', 2),
                's' when next == 'c' && next2 == 'h' && !vowelless => Skip(ref i, 's', 2),
                'd' when next == 'z' && next2 == 'h' => Skip(ref i, 'j', 2),
                'd' when next == 'j' && !vowelless => Skip(ref i, 'j'),
                't' or 'd' when next == 'h' && persianReading => Skip(ref i, 's'),
                'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w' or 'v' => null,
                'k' when next == 'h' => Skip(ref i, 'k'),
                's' when next == 'h' => Skip(ref i, 's'),
                'z' when next == 'h' => Skip(ref i, 'j'),
                'p' when next == 'h' && !vowelless => Skip(ref i, 'f'),
                'g' when next == 'h' => Skip(ref i, 'g'),
                't' when next == 'h' => Skip(ref i, 't'),
                'd' when next == 'h' => Skip(ref i, 'd'),
                't' when next is 's' or 'z' => Skip(ref i, 's'),
                'c' when next == 'h' => Skip(ref i, 'c'),
                'c' when next == 'k' => Skip(ref i, 'k'),
                'c' => 'k',
                'q' => 'k',
                'p' => 'b',
                'g' => 'k',
                'd' => 't',
                'z' => 's',
                'x' => 'x',
                _ when char.IsAsciiLetterOrDigit(c) => c,
                _ => null,
            };
            if (mapped is { } m && (n == 0 || sb[n - 1] != m))
            {
                if (m == 'x')
                {
                    sb[n++] = 'k';
                    sb[n++] = 's';
                }
                else
                {
                    sb[n++] = m;
                }
            }
        }

        if (n > 1 && sb[n - 1] == 'h')
        {
            n--;
        }

        return n;
    }

    /// <summary>
    /// A Latin token spelt the German or Polish way as English spelling writes the same sounds: j is y (except after d,
    /// the French dj), w is v, tsch and cz are ch, sch and sz are sh. Null when nothing changes.
    /// </summary>
    public static string? EnglishSpelling(string token)
    {
        if (token.AsSpan().IndexOfAny('j', 'w', 'z') < 0 && !token.Contains("sch", StringComparison.Ordinal))
        {
            return null;
        }

        var sb = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var rest = token.AsSpan(i);
            if (rest.StartsWith("tsch", StringComparison.Ordinal))
            {
                sb.Append("ch");
                i += 3;
            }
            else if (rest.StartsWith("sch", StringComparison.Ordinal))
            {
                sb.Append("sh");
                i += 2;
            }
            else if (rest.StartsWith("cz", StringComparison.Ordinal))
            {
                sb.Append("ch");
                i++;
            }
            else if (rest.StartsWith("sz", StringComparison.Ordinal))
            {
                sb.Append("sh");
                i++;
            }
            else
            {
                sb.Append(c switch
                {
                    'j' when i == 0 || token[i - 1] != 'd' => 'y',
                    'w' => 'v',
                    _ => c,
                });
            }
        }

        var spelt = sb.ToString();
        return spelt == token ? null : spelt;
    }

    private static char Skip(ref int i, char result, int letters = 1)
    {
        i += letters;
        return result;
    }
}
