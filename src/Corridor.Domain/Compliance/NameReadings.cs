namespace Corridor.Compliance;

/// <summary>
/// The other readings of a name's Han characters: AnyAscii reads them in Mandarin, but the same characters are read in
/// Korean (金正恩 → gim jeong eun, Kim Jong Un) and in Japanese (山田太郎 → yama da ta ro, Yamada Taro). Each Han token has
/// a few options per language, from the Unihan table (<see cref="HanReadings"/>): Korean the kHangul syllables; Japanese
/// the kun readings, voiced when not first in the word (rendaku: 田 ta → da in Yamada), and the on readings with their long
/// vowels spelt o, oo or ou (郎 rou → ro). Which option a character takes is chosen against the other name
/// (<see cref="ReadAgainst"/>); the index posts every option (<see cref="ScreeningIndex"/>).
/// </summary>
public sealed class NameReadings
{
    /// <summary>At most this many Japanese options per character (in Unihan's order, kun before on), so that keys stay few.</summary>
    internal const int MaxOptions = 12;

    private NameReadings(int[] positions, NameToken[][] korean, NameToken[][] japanese)
    {
        Positions = positions;
        Korean = korean;
        Japanese = japanese;
    }

    /// <summary>The indexes of the name's tokens that are Han characters with readings, ascending.</summary>
    public IReadOnlyList<int> Positions { get; }

    /// <summary>Per position, the Korean options (vowelless, like Hangul tokens); may be empty.</summary>
    public IReadOnlyList<NameToken[]> Korean { get; }

    /// <summary>Per position, the Japanese options; may be empty.</summary>
    public IReadOnlyList<NameToken[]> Japanese { get; }

    /// <summary>The readings of the Han tokens at the given token indexes; null when the table knows none of the characters.</summary>
    internal static NameReadings? Of(IReadOnlyList<(int Token, int Han, bool WordStart)> han)
    {
        var positions = new List<int>(han.Count);
        var korean = new List<NameToken[]>(han.Count);
        var japanese = new List<NameToken[]>(han.Count);
        foreach (var (token, character, wordStart) in han)
        {
            if (!HanReadings.TryGet(character, out var entry))
            {
                continue;
            }

            positions.Add(token);
            korean.Add(entry.Korean.Select(k => Token(k, vowelless: true)).ToArray());
            japanese.Add(JapaneseOptions(entry, wordStart).Take(MaxOptions).Select(j => Token(j, vowelless: false)).ToArray());
        }

        return positions.Count == 0 ? null : new NameReadings(positions.ToArray(), korean.ToArray(), japanese.ToArray());
    }

    /// <summary>The languages a Han name is also read in, as <see cref="NormalisedName.Reading"/> names them.</summary>
    internal static readonly string[] Languages = ["Korean", "Japanese"];

    /// <summary>
    /// The name read in <paramref name="language"/> (one of <see cref="Languages"/>), each character taking the option
    /// that agrees best with <paramref name="other"/>; a character without options in that language keeps its Mandarin token.
    /// </summary>
    internal NormalisedName ReadAgainst(NormalisedName name, string language, NormalisedName other)
    {
        var options = language == "Korean" ? Korean : Japanese;
        var tokens = name.Tokens.ToArray();

        // Per character, the option most of whose letters appear in a token of the other name (letters matched less twice
        // the edits, in a best-fitting stretch of that token), with a point for continuing where the previous character's
        // stretch ended, or for starting a token after the previous one was used up. Ties keep the earlier option.
        int previousToken = -1, previousEnd = 0;
        for (var k = 0; k < Positions.Count; k++)
        {
            if (options[k].Length == 0)
            {
                previousToken = -1;
                continue;
            }

            if (k > 0 && Positions[k - 1] != Positions[k] - 1)
            {
                previousToken = -1;
            }

            var chosen = options[k][0];
            (double Score, int Token, int End) best = (0, -1, 0);
            foreach (var option in options[k])
            {
                for (var t = 0; t < other.Tokens.Count; t++)
                {
                    var target = other.Tokens[t].Text;
                    if (2 * SharedLetters(option.Text, target) <= option.Text.Length)
                    {
                        // at least length − shared edits, so the score below would not be positive
                        continue;
                    }

                    var (distance, start, end) = Within(option.Text, target);
                    double score = option.Text.Length - 2 * distance;
                    if (score <= 0)
                    {
                        continue;
                    }

                    var continues = previousToken >= 0 && (t == previousToken
                        ? start == previousEnd
                        : start == 0 && previousEnd == other.Tokens[previousToken].Text.Length);
                    if (continues || (previousToken < 0 && start == 0))
                    {
                        score += 1;
                    }

                    if (score > best.Score)
                    {
                        best = (score, t, end);
                        chosen = option;
                    }
                }
            }

            tokens[Positions[k]] = chosen;
            (previousToken, previousEnd) = (best.Token, best.End);
        }

        return new NormalisedName(name.Original, tokens) { Readings = this, Reading = language, Kind = name.Kind };
    }

    /// <summary>How many letters of <paramref name="a"/> <paramref name="b"/> also has (as multisets): a linear bound for <see cref="Within"/>.</summary>
    private static int SharedLetters(string a, string b)
    {
        Span<int> counts = stackalloc int[26];
        foreach (var c in b)
        {
            if (c is >= 'a' and <= 'z')
            {
                counts[c - 'a']++;
            }
        }

        var shared = 0;
        foreach (var c in a)
        {
            // a letter outside a–z is counted as shared: the bound stays a bound
            if (c is < 'a' or > 'z' || counts[c - 'a']-- > 0)
            {
                shared++;
            }
        }

        return shared;
    }

    /// <summary>
    /// The edit distance of <paramref name="pattern"/> to the stretch of <paramref name="text"/> it fits best, and that
    /// stretch [start, end) (the first of equals).
    /// </summary>
    internal static (int Distance, int Start, int End) Within(string pattern, string text)
    {
        var m = text.Length;
        var buffer = m < 64 ? stackalloc int[4 * (m + 1)] : new int[4 * (m + 1)];
        var prev = buffer[..(m + 1)];
        var cur = buffer.Slice(m + 1, m + 1);
        var prevStart = buffer.Slice(2 * (m + 1), m + 1);
        var curStart = buffer.Slice(3 * (m + 1), m + 1);
        for (var j = 0; j <= m; j++)
        {
            prev[j] = 0;
            prevStart[j] = j;
        }

        for (var i = 1; i <= pattern.Length; i++)
        {
            cur[0] = i;
            curStart[0] = 0;
            for (var j = 1; j <= m; j++)
            {
                var diagonal = prev[j - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1);
                var up = prev[j] + 1;
                var left = cur[j - 1] + 1;
                if (diagonal <= up && diagonal <= left)
                {
                    (cur[j], curStart[j]) = (diagonal, prevStart[j - 1]);
                }
                else if (up <= left)
                {
                    (cur[j], curStart[j]) = (up, prevStart[j]);
                }
                else
                {
                    (cur[j], curStart[j]) = (left, curStart[j - 1]);
                }
            }

            cur.CopyTo(prev);
            curStart.CopyTo(prevStart);
        }

        var bestEnd = 0;
        for (var j = 1; j <= m; j++)
        {
            if (prev[j] < prev[bestEnd])
            {
                bestEnd = j;
            }
        }

        return (prev[bestEnd], prevStart[bestEnd], bestEnd);
    }

    /// <summary>Kun readings (each also voiced when not first in the word), then on readings, each with its long-vowel spellings; no repeats.</summary>
    private static IEnumerable<string> JapaneseOptions(HanReadings.Entry entry, bool wordStart)
    {
        // in order of first appearance (the order decides ties and which options are paired into keys)
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return entry.Kun
            .SelectMany(kun => !wordStart && Rendaku(kun) is { } voiced ? [kun, voiced] : new[] { kun })
            .Concat(entry.On)
            .SelectMany(LongVowels)
            .Where(seen.Add);
    }

    /// <summary>A long vowel as Hepburn without macrons (o, u), doubled, or as written in kana (ou, uu): Tarō is Taro, Taroo and Tarou.</summary>
    private static IEnumerable<string> LongVowels(string reading)
    {
        yield return reading;
        if (reading.Contains("ou", StringComparison.Ordinal) || reading.Contains("oo", StringComparison.Ordinal) || reading.Contains("uu", StringComparison.Ordinal))
        {
            var shortened = reading.Replace("ou", "o", StringComparison.Ordinal).Replace("oo", "o", StringComparison.Ordinal).Replace("uu", "u", StringComparison.Ordinal);
            yield return shortened;
            yield return reading.Replace("ou", "oo", StringComparison.Ordinal);
        }
    }

    /// <summary>The voiced first consonant a kun reading takes inside a compound (rendaku): k→g, s→z, sh→j, t→d, ch→j, ts→z, h/f→b.</summary>
    private static string? Rendaku(string reading) => reading switch
    {
        ['s', 'h', ..] => "j" + reading[2..],
        ['c', 'h', ..] => "j" + reading[2..],
        ['t', 's', ..] => "z" + reading[2..],
        ['k', ..] => "g" + reading[1..],
        ['s', ..] => "z" + reading[1..],
        ['t', ..] => "d" + reading[1..],
        ['h', ..] or ['f', ..] => "b" + reading[1..],
        _ => null,
    };

    private static NameToken Token(string text, bool vowelless) => new(text, NameSkeleton.Of(text, vowelless), NameTokenKind.Content, vowelless);
}
