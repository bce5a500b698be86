namespace Corridor.Compliance;

/// <summary>
/// Where <see cref="ScreeningKeys"/> puts the keys of a name. A key is a kind letter, a colon and text (t:sepah); it is
/// composed in a buffer, so a sink that only looks keys up (a query) builds no string.
/// </summary>
internal abstract class KeySink
{
    private char[] _buffer = new char[64];

    /// <summary>Adds the key <paramref name="kind"/>:<paramref name="a"/><paramref name="b"/>.</summary>
    public void Add(char kind, ReadOnlySpan<char> a, ReadOnlySpan<char> b = default)
    {
        var length = 2 + a.Length + b.Length;
        if (_buffer.Length < length)
        {
            _buffer = new char[Math.Max(length, _buffer.Length * 2)];
        }

        _buffer[0] = kind;
        _buffer[1] = ':';
        a.CopyTo(_buffer.AsSpan(2));
        b.CopyTo(_buffer.AsSpan(2 + a.Length));
        Accept(_buffer.AsSpan(0, length));
    }

    protected abstract void Accept(ReadOnlySpan<char> key);
}
