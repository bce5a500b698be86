namespace Corridor.Compliance;

/// <summary>A name or alias of a list entry as published, with the script it is written in (see <see cref="NameScript"/>).</summary>
public sealed record ListName(string Text, string Script, bool Primary)
{
    public static ListName Of(string text, bool primary) => new(text.Trim(), NameScript.Detect(text), primary);
}
