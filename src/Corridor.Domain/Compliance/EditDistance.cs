namespace Corridor.Compliance;

/// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions), allocation-free for short strings.</summary>
public static class EditDistance
{
    private const int StackLimit = 64;

    public static int Osa(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return 0;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        var width = b.Length + 1;
        if (width > StackLimit)
        {
            return OsaRows(a, b, new int[width], new int[width], new int[width]);
        }

        Span<int> prev2 = stackalloc int[width];
        Span<int> prev = stackalloc int[width];
        Span<int> cur = stackalloc int[width];
        return OsaRows(a, b, prev2, prev, cur);
    }

    /// <summary>1 − distance / longer length: 1 for equal strings, 0 for strings with nothing in common.</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var longest = Math.Max(a.Length, b.Length);
        return longest == 0 ? 1.0 : 1.0 - (double)Osa(a, b) / longest;
    }

    private static int OsaRows(ReadOnlySpan<char> a, ReadOnlySpan<char> b, Span<int> prev2, Span<int> prev, Span<int> cur)
    {
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
            }

            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return prev[b.Length];
    }
}
