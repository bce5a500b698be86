namespace Corridor.Intelligence.Extraction;

/// <summary>
/// One reference name the extractor can link a figure to: the subject key stored on the fact, its kind, and the
/// words (aliases) that name it in text. A model's <see cref="Parent"/> is its maker's key: figures about a model
/// are linked to the maker, with the model's words kept as evidence.
/// </summary>
public sealed record SubjectEntry(string Key, SubjectKind Kind, IReadOnlyList<string> Aliases, string? Parent = null);
