namespace Corridor.Compliance;

/// <summary>The keys of a listed name as strings, each once (building the index).</summary>
internal sealed class KeySet : KeySink
{
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    protected override void Accept(ReadOnlySpan<char> key)
    {
        Keys.GetAlternateLookup<ReadOnlySpan<char>>().Add(key);
    }
}
