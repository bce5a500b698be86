using System.Security.Cryptography;
using System.Text;
using Corridor.Common;

namespace Corridor.Intelligence;

/// <summary>
/// An article or report an organisation has taken in: where it came from (a URL or a file name), its publisher,
/// publication date and language, and its full text as stored (line ends normalised to <c>\n</c>; every offset of a
/// candidate or a fact points into this text). <see cref="Sha256"/> is the lower-case hex SHA-256 of the text's UTF-8
/// bytes: the same text taken in twice is one article. Owned by an organisation (decision 030).
/// </summary>
public sealed class Article : IOrganisationOwned
{
    /// <summary>The longest text stored (characters): a long report, not a book.</summary>
    public const int MaxTextLength = 1_000_000;

    private Article()
    {
        Source = Publisher = Language = Title = Text = Sha256 = ImportedBy = "";
    }

    /// <exception cref="ArgumentException">A field is missing or too long, or the text is empty.</exception>
    public Article(string source, string? publisher, DateOnly published, string? language, string text, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        Source = Guard.Text(source, "source", 500);
        Publisher = string.IsNullOrWhiteSpace(publisher) ? "unknown" : Guard.Text(publisher, "publisher", 200);
        PublishedOn = published.Year is >= 1900 and < 2200 ? published : throw new ArgumentException($"published {published:yyyy-MM-dd} is outside 1900-2199.", nameof(published));
        Language = string.IsNullOrWhiteSpace(language) ? "en" : Guard.Text(language, "language", 10).ToLowerInvariant();
        Text = Normalise(text);
        if (Text.Trim().Length == 0)
        {
            throw new ArgumentException("text is required.", nameof(text));
        }

        if (Text.Length > MaxTextLength)
        {
            throw new ArgumentException($"text is longer than {MaxTextLength:N0} characters.", nameof(text));
        }

        Title = TitleOf(Text);
        Sha256 = HashOf(Text);
        ImportedBy = Guard.Text(by, "by");
        ImportedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    /// <summary>The URL or the file name the article was taken from.</summary>
    public string Source { get; private set; }

    public string Publisher { get; private set; }

    public DateOnly PublishedOn { get; private set; }

    /// <summary>ISO 639-1 code; the extractor reads English only.</summary>
    public string Language { get; private set; }

    /// <summary>The first line of the text, at most 300 characters.</summary>
    public string Title { get; private set; }

    public string Text { get; private set; }

    public string Sha256 { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public string ImportedBy { get; private set; }

    /// <summary>The extractor version of the last extraction; null before the first.</summary>
    public string? ExtractorVersion { get; private set; }

    public DateTimeOffset? ExtractedAt { get; private set; }

    /// <summary>Records that the article's candidates were (re)made by <paramref name="version"/>.</summary>
    public void MarkExtracted(string version, DateTimeOffset at)
    {
        ExtractorVersion = Guard.Text(version, "extractor version", 40);
        ExtractedAt = at;
    }

    /// <summary>The text as stored: no byte-order mark, <c>\r\n</c> and <c>\r</c> as <c>\n</c>, NUL bytes refused.</summary>
    /// <exception cref="ArgumentException">The text holds a NUL byte.</exception>
    public static string Normalise(string? text)
    {
        var t = (text ?? "").TrimStart('\uFEFF').ReplaceLineEndings("\n");
        return t.Contains('\0', StringComparison.Ordinal) ? throw new ArgumentException("text cannot contain a NUL byte.", nameof(text)) : t;
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of a normalised text.</summary>
    public static string HashOf(string normalised) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));

    /// <summary>The sentence or the figure at an offset of the text, as quoted on review pages and facts.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span is not inside the text.</exception>
    public string Quote(int start, int length) => Text.Substring(start, length);

    private static string TitleOf(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return line.Length <= 300 ? line : line[..299] + "…";
    }
}
