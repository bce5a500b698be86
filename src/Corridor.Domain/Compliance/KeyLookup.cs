namespace Corridor.Compliance;

/// <summary>
/// The keys of a query looked up in the index's postings as they are made: each posted key once, with its posting
/// list, and the key string the index holds (no string is built per key).
/// </summary>
internal sealed class KeyLookup(Dictionary<string, int[]> postings) : KeySink
{
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _postings = postings.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public List<(string Key, int[] List)> Found { get; } = new(64);

    public void Clear()
    {
        _seen.Clear();
        Found.Clear();
    }

    protected override void Accept(ReadOnlySpan<char> key)
    {
        if (_postings.TryGetValue(key, out var stored, out var list) && _seen.Add(stored))
        {
            Found.Add((stored, list));
        }
    }
}
