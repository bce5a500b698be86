namespace Corridor.Intelligence;

/// <summary>The outcome of taking in one article: the stored article, whether it is new, and how many candidates it has pending.</summary>
public sealed record ArticleImport(Article Article, bool Created, int Candidates);
