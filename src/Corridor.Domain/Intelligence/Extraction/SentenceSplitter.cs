using System.Collections.Frozen;

namespace Corridor.Intelligence.Extraction;

/// <summary>
/// Splits article text into sentences with their offsets. A sentence ends at <c>. ! ?</c> (with any closing quotes
/// or brackets) followed by white space, unless the word before the stop is a known abbreviation or an initial; a
/// line break ends a sentence when the line ends with a stop or is short (a headline, at most 12 words), and is
/// read as a wrapped line otherwise.
/// </summary>
public static class SentenceSplitter
{
    private const int HeadlineWords = 12;

    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr",
        "st", "no", "inc", "co", "ltd", "corp", "vs", "e.g", "i.e", "u.s", "u.k", "approx", "est", "jr", "gen",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The sentences of <paramref name="text"/>, trimmed, in order, with offsets into it.</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var start = 0;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '.' or '!' or '?')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']')
                {
                    end++;
                }

                if ((end == text.Length || char.IsWhiteSpace(text[end])) && !(c == '.' && IsAbbreviation(text, i)))
                {
                    Add(sentences, text, start, end);
                    start = end;
                    i = end - 1;
                }
            }
            else if (c == '\n')
            {
                var line = text.AsSpan(lineStart, i - lineStart).Trim();
                if (line.IsEmpty || EndsWithStop(line) || WordCount(line) <= HeadlineWords)
                {
                    Add(sentences, text, start, i);
                    start = i + 1;
                }

                lineStart = i + 1;
            }
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool EndsWithStop(ReadOnlySpan<char> line) => line[^1] is '.' or '!' or '?' or '"' or '\u201D' or ':';

    private static int WordCount(ReadOnlySpan<char> line)
    {
        var count = 0;
        foreach (var _ in line.Split(' '))
        {
            count++;
        }

        return count;
    }

    private static bool IsAbbreviation(string text, int stop)
    {
        var b = stop;
        while (b > 0 && (char.IsLetter(text[b - 1]) || text[b - 1] == '.'))
        {
            b--;
        }

        var word = text.AsSpan(b, stop - b);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static void Add(List<Sentence> sentences, string text, int from, int until)
    {
        while (from < until && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (until > from && char.IsWhiteSpace(text[until - 1]))
        {
            until--;
        }

        if (until > from)
        {
            sentences.Add(new Sentence(sentences.Count, from, text[from..until]));
        }
    }
}
