namespace Corridor.Intelligence.Extraction;

/// <summary>The subject linked to a candidate and the words of the text that gave it (with their offset).</summary>
public sealed record SubjectMatch(string Key, SubjectKind Kind, string Words, int Start, string Reason);
