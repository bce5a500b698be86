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

        return Rows(a, b, int.MaxValue - 1);
    }

    /// <summary>
    /// The distance when it is at most <paramref name="max"/>, otherwise <paramref name="max"/> + 1: strings whose lengths
    /// differ by more are refused at once, and the rows stop once two running rows are both beyond the bound (no later
    /// row can come back under it).
    /// </summary>
    public static int OsaWithin(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.SequenceEqual(b))
        {
            return 0;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        return Rows(a, b, max);
    }

    /// <summary>
    /// <see cref="Similarity(ReadOnlySpan{char}, ReadOnlySpan{char})"/> exactly whenever it is at least
    /// <paramref name="minimum"/>; below that, some value under <paramref name="minimum"/> (0 when the bounded distance
    /// gave up). For callers that ignore similarities under a floor.
    /// </summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b, double minimum)
    {
        var longest = Math.Max(a.Length, b.Length);
        if (longest == 0)
        {
            return 1.0;
        }

        // one more than the largest distance that can still reach the minimum, so that rounding never drops a case
        var max = (int)((1 - minimum) * longest) + 1;

        // lengths further apart than the bound: OsaWithin would refuse them too, so this changes no result
        if (Math.Abs(a.Length - b.Length) > max || BagDistance(a, b) > max)
        {
            return 0.0;
        }

        var distance = OsaWithin(a, b, max);
        return distance > max ? 0.0 : 1.0 - (double)distance / longest;
    }

    /// <summary>
    /// A lower bound of the distance, in linear time: how many letters one string has that the other lacks (the larger of
    /// the two counts). A substitution, insertion or deletion changes each count by one at most, a transposition not at
    /// all. 0 (no bound) for strings with characters outside a–z and 0–9.
    /// </summary>
    private static int BagDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        Span<int> counts = stackalloc int[36];
        foreach (var c in a)
        {
            var k = Slot(c);
            if (k < 0)
            {
                return 0;
            }

            counts[k]++;
        }

        foreach (var c in b)
        {
            var k = Slot(c);
            if (k < 0)
            {
                return 0;
            }

            counts[k]--;
        }

        int more = 0, fewer = 0;
        foreach (var n in counts)
        {
            if (n > 0)
            {
                more += n;
            }
            else
            {
                fewer -= n;
            }
        }

        return Math.Max(more, fewer);
    }

    private static int Slot(char c) => c is >= 'a' and <= 'z' ? c - 'a' : c is >= '0' and <= '9' ? 26 + (c - '0') : -1;

    /// <summary>1 − distance / longer length: 1 for equal strings, 0 for strings with nothing in common.</summary>
    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var longest = Math.Max(a.Length, b.Length);
        return longest == 0 ? 1.0 : 1.0 - (double)Osa(a, b) / longest;
    }

    /// <summary>Runs <see cref="OsaRows"/> on three rows of <paramref name="b"/>'s length + 1: on the stack when short, else on the heap.</summary>
    private static int Rows(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        var width = b.Length + 1;
        if (width > StackLimit)
        {
            return OsaRows(a, b, new int[width], new int[width], new int[width], max);
        }

        Span<int> prev2 = stackalloc int[width];
        Span<int> prev = stackalloc int[width];
        Span<int> cur = stackalloc int[width];
        return OsaRows(a, b, prev2, prev, cur, max);
    }

    private static int OsaRows(ReadOnlySpan<char> a, ReadOnlySpan<char> b, Span<int> prev2, Span<int> prev, Span<int> cur, int max)
    {
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        var previousMin = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    v = Math.Min(v, prev2[j - 2] + 1);
                }

                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            // a cell takes from the row above (+0 or +1) or from two rows above (+1): once two rows in a row are
            // beyond the bound, every later row is too
            if (rowMin > max && previousMin > max)
            {
                return max + 1;
            }

            previousMin = rowMin;

            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return prev[b.Length];
    }
}
