namespace Corridor.Intelligence.Extraction;

/// <summary>A sentence of an article: its character offset and length in the article text.</summary>
public sealed record Sentence(int Index, int Start, string Text)
{
    /// <summary>Offset one past the sentence's last character.</summary>
    public int End => Start + Text.Length;
}
