namespace Corridor.Import;

/// <summary>One bad record: where it is and what is wrong, printed as <c>file:line: field: message</c>.</summary>
public sealed record ImportError(string File, int Line, string Field, string Message)
{
    public override string ToString() =>
        Line > 0 ? $"{File}:{Line}: {Field}: {Message}" : $"{File}: {Field}: {Message}";
}
