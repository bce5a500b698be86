namespace Corridor.Intelligence;

/// <summary>
/// An article to take in: its source (URL or file name), publisher, publication date, language and content; HTML
/// content is reduced to its main text (<see cref="HtmlArticle"/>), whose own publisher, date and language fill
/// what is not given here.
/// </summary>
public sealed record ArticleInput(string Source, string? Publisher, DateOnly? Published, string? Language, string Content, bool? Html = null);
