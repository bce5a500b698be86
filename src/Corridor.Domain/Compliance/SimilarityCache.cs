namespace Corridor.Compliance;

/// <summary>
/// The similarities of one query's tokens to list tokens already met, per thread: the candidates of a query share tokens
/// (they were found through them), and the index holds one token object per distinct token (<see cref="ScreeningIndex"/>
/// interns them), so a token met again is looked up by reference instead of compared again. Tokens are immutable and the
/// similarity is a pure function of the two tokens, so a cached value is the value.
/// </summary>
internal sealed class SimilarityCache
{
    /// <summary>Past this many cached similarities the cache starts again (a bound on memory, not on correctness).</summary>
    private const int Capacity = 1 << 16;

    [ThreadStatic]
    private static SimilarityCache? _current;

    private readonly Dictionary<NameToken, int> _offsets = new(ReferenceEqualityComparer.Instance);
    private NormalisedName? _query;
    private int _used;

    public double[] Sims { get; private set; } = new double[1024];

    public TokenMatchKind[] Hows { get; private set; } = new TokenMatchKind[1024];

    /// <summary>This thread's cache, emptied when the query is another object than last time.</summary>
    public static SimilarityCache For(NormalisedName query)
    {
        var cache = _current ??= new SimilarityCache();
        if (!ReferenceEquals(cache._query, query))
        {
            cache._query = query;
            cache.Clear();
        }

        return cache;
    }

    public bool TryGet(NameToken token, out int offset) => _offsets.TryGetValue(token, out offset);

    /// <summary>Room for the query's <paramref name="n"/> similarities to <paramref name="token"/>; returns where they go.</summary>
    public int Add(NameToken token, int n)
    {
        if (_used + n > Capacity)
        {
            Clear();
        }

        if (_used + n > Sims.Length)
        {
            var size = Math.Max(_used + n, Sims.Length * 2);
            var sims = new double[size];
            var hows = new TokenMatchKind[size];
            Array.Copy(Sims, sims, _used);
            Array.Copy(Hows, hows, _used);
            Sims = sims;
            Hows = hows;
        }

        var offset = _used;
        _used += n;
        _offsets[token] = offset;
        return offset;
    }

    private void Clear()
    {
        _offsets.Clear();
        _used = 0;
    }
}
