using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Corridor.Intelligence;

/// <summary>
/// An HTML page reduced to its main text with AngleSharp: the <c>article</c> element (else <c>main</c>, else the body)
/// without scripts, styles, navigation, headers, footers, asides, forms and figure captions; block elements end a
/// paragraph (a blank line), so that the sentence splitter sees the paragraphs. Also reads what the page says of
/// itself: title, publisher (<c>og:site_name</c>), publication date (<c>article:published_time</c>, <c>date</c>) and
/// language (<c>html lang</c>).
/// </summary>
public sealed record HtmlArticle(string Text, string? Title, string? Publisher, DateOnly? Published, string? Language)
{
    private static readonly string[] Dropped = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template", "button", "figcaption"];

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "br", "tr", "table", "pre", "figure", "dd", "dt",
    };

    /// <summary>True when the content looks like HTML (starts with a tag after white space).</summary>
    public static bool LooksLikeHtml(string content) => content.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal)
        && (content.Contains("<html", StringComparison.OrdinalIgnoreCase) || content.Contains("<p", StringComparison.OrdinalIgnoreCase) || content.Contains("<body", StringComparison.OrdinalIgnoreCase));

    public static HtmlArticle Read(string html)
    {
        var document = new HtmlParser().ParseDocument(html ?? "");
        string? Meta(params string[] names) => names.Select(n => document.QuerySelector($"meta[property='{n}'],meta[name='{n}']")?.GetAttribute("content"))
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

        var title = document.QuerySelector("h1")?.TextContent.Trim() is { Length: > 0 } h1 ? h1 : document.Title?.Trim();
        var publisher = Meta("og:site_name", "publisher", "author");
        var dateText = Meta("article:published_time", "date", "pubdate", "dc.date") ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        DateOnly? published = dateText is { Length: >= 10 } && DateOnly.TryParseExact(dateText[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        var language = document.DocumentElement.GetAttribute("lang") is { Length: >= 2 } lang ? lang[..2].ToLowerInvariant() : null;

        foreach (var element in document.QuerySelectorAll(string.Join(",", Dropped)).ToList())
        {
            element.Remove();
        }

        var root = (IElement?)document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
        var text = new StringBuilder();
        Write(root, text);
        var paragraphs = text.ToString().Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0);
        var body = string.Join("\n\n", paragraphs);
        if (title is not null && !body.StartsWith(title, StringComparison.Ordinal))
        {
            body = title + "\n\n" + body;
        }

        return new HtmlArticle(body, title, publisher, published, language);
    }

    private static void Write(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement e)
            {
                var block = Blocks.Contains(e.LocalName);
                if (block)
                {
                    text.Append('\n');
                }

                Write(e, text);
                if (block)
                {
                    text.Append('\n');
                }
            }
        }
    }
}
