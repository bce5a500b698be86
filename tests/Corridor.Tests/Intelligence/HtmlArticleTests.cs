using Corridor.Intelligence;

namespace Corridor.Tests.Intelligence;

/// <summary>Issue 15: an HTML article is reduced to its main text, and what the page says of itself is read.</summary>
public class HtmlArticleTests
{
    private const string Lead = "Iran exported 45,000 cars to Russia in the first nine months of this year.";
    private const string Second = "Saipa plans to raise its exports by 20 percent.";

    private static string Page(string body) => $$"""
        <!doctype html>
        <html lang="en-GB">
        <head>
          <title>Site title | Some site</title>
          <meta property="og:site_name" content="Tehran Times">
          <meta property="article:published_time" content="2025-10-14T08:30:00+03:30">
          <style>p { color: red }</style>
          <script>var tracking = "Iran exported 1 car";</script>
        </head>
        <body>
          <nav><a href="/">Home</a> <a href="/economy">Economy</a></nav>
          {{body}}
          <footer>Copyright 2025, all rights reserved</footer>
        </body>
        </html>
        """;

    [Fact]
    public void Read_KeepsTheArticle_DropsNavigationScriptsAsidesAndCaptions_AndReadsTheMetadata()
    {
        var html = Page($"""
            <aside>Most read: Oil prices fall</aside>
            <article>
              <header><span>Economy desk</span></header>
              <h1>Car exports to Russia rise</h1>
              <figure><img src="x.jpg"><figcaption>A Samand at Astrakhan port</figcaption></figure>
              <p>{Lead}</p>
              <div>{Second} <script>ignored()</script></div>
              <form><button>Subscribe</button></form>
            </article>
            """);

        var page = HtmlArticle.Read(html);

        Assert.Equal($"Car exports to Russia rise\n\n{Lead}\n\n{Second}", page.Text);
        Assert.Equal("Car exports to Russia rise", page.Title);
        Assert.Equal("Tehran Times", page.Publisher);
        Assert.Equal(new DateOnly(2025, 10, 14), page.Published);
        Assert.Equal("en", page.Language);
        foreach (var dropped in new[] { "Home", "Most read", "Economy desk", "Samand at Astrakhan", "Subscribe", "Copyright", "tracking", "ignored", "color" })
        {
            Assert.DoesNotContain(dropped, page.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_WithoutAnArticleElement_UsesMain_ThenTheBody()
    {
        var withMain = HtmlArticle.Read(Page($"<div>Sidebar text</div><main><p>{Lead}</p></main>"));
        Assert.Equal($"Site title | Some site\n\n{Lead}", withMain.Text);

        var bodyOnly = HtmlArticle.Read(Page($"<p>{Lead}</p><p>{Second}</p>"));
        Assert.Equal($"Site title | Some site\n\n{Lead}\n\n{Second}", bodyOnly.Text);
    }

    [Theory]
    [InlineData("<html><body><p>x</p></body></html>", true)]
    [InlineData("  \n<p>Only a paragraph</p>", true)]
    [InlineData("Iran exported <b>45,000</b> cars", false)]
    [InlineData("Plain text of an article.", false)]
    public void LooksLikeHtml_OnlyForContentThatStartsWithMarkup(string content, bool expected) =>
        Assert.Equal(expected, HtmlArticle.LooksLikeHtml(content));
}
