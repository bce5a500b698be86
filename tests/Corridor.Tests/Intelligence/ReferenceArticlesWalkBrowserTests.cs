using System.Globalization;
using System.Text.RegularExpressions;
using Corridor.Organisations;
using Corridor.Tests.Browser;
using Corridor.Tests.Support;
using Microsoft.Playwright;

namespace Corridor.Tests.Intelligence;

/// <summary>
/// Issue 15's "done when", walked in Chromium: an analyst uploads the five reference articles (read from
/// ../shared/reference/news, with the dates of docs/examples/reference-news-articles.csv), accepts on the review page
/// the candidate of each row of data/reference/reported-figures.csv that comes from them (the figure of the row's value
/// in the row's quoted sentence, entered with the row's subject, measure, unit and period), and the reported figures
/// page then shows every one of those rows as reviewed, with the row's quote and the quote's offsets in the article.
/// Every expectation is computed here from the two CSV files and the article texts. The quote shown is the
/// extractor's sentence, which holds the row's quote: it is the same sentence but for one caption whose image name
/// ("iran car") the CSV leaves out, so the test asserts "holds" rather than "equals" (white space folded).
/// </summary>
public sealed partial class ReferenceArticlesWalkBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string News = Path.GetFullPath(Path.Combine(Fixtures.ReferenceData, "../../../shared/reference/news"));
    private static readonly string Index = Path.GetFullPath(Path.Combine(Fixtures.ReferenceData, "../../docs/examples/reference-news-articles.csv"));

    [Fact]
    public async Task Analyst_ReviewsTheFiveReferenceArticles_FiguresPageShowsTheReportedFiguresWithQuotesAndOffsets()
    {
        var articles = TestCsv.Rows(Index).ToDictionary(c => c[0], c => c[1]);
        var gold = TestCsv.Rows(Path.Combine(Fixtures.ReferenceData, "reported-figures.csv")).Where(c => articles.ContainsKey(c[8])).ToList();
        Assert.Equal(5, articles.Count);
        Assert.True(gold.Count >= 20, $"{gold.Count} rows from the reference articles");

        var page = await fixture.SignedInPageAsync(Role.Analyst);
        foreach (var (file, published) in articles)
        {
            await page.GotoAsync(fixture.BaseUrl + "/intelligence/articles");
            await page.FillAsync("#published", published);
            await page.SetInputFilesAsync("#file", Path.Combine(News, file));
            await page.ClickAsync("#upload-form button[type=submit]");
            Assert.Contains("Taken in", await page.InnerTextAsync("#message"), StringComparison.Ordinal);
        }

        foreach (var (file, _) in articles)
        {
            await page.GotoAsync(fixture.BaseUrl + "/intelligence/articles");
            await BrowserLinks.FollowAsync(page, page.Locator("#articles tr", new PageLocatorOptions { HasText = file }).Locator("a"));
            foreach (var row in gold.Where(r => r[8] == file))
            {
                var value = decimal.Parse(row[3], CultureInfo.InvariantCulture);
                var cards = page.Locator($"article.candidate[data-status='Pending'][data-value='{value.ToString("0.##########", CultureInfo.InvariantCulture)}']");
                var card = await OneInSentenceAsync(cards, row[7]);
                Assert.True(card is not null, $"{row[0]}: no pending candidate of {value} in “{row[7]}”");
                await card.Locator("input[name=subject]").FillAsync(row[1]);
                await card.Locator("input[name=metric]").FillAsync(row[2]);
                await card.Locator("input[name=value]").FillAsync(row[3]);
                await card.Locator("input[name=unit]").FillAsync(row[4]);
                await card.Locator("input[name=from]").FillAsync(row[5]);
                await card.Locator("input[name=until]").FillAsync(row[6]);
                await card.Locator(".accept-form button[type=submit]").ClickAsync();
                Assert.Contains($"Accepted: {row[1]} · {row[2]}", await page.InnerTextAsync("#message"), StringComparison.Ordinal);
            }
        }

        await page.GotoAsync(fixture.BaseUrl + "/intelligence/figures?origin=reviewed");
        foreach (var row in gold)
        {
            var shown = page.Locator($"#figures tr[data-key='{row[0]}']");
            Assert.Equal(1, await shown.CountAsync());
            Assert.Equal("reviewed", await shown.GetAttributeAsync("data-origin"));
            var cells = await shown.Locator("td").AllInnerTextsAsync();
            Assert.Equal((row[1], row[2], decimal.Parse(row[3], CultureInfo.InvariantCulture).ToString("#,##0.##", CultureInfo.InvariantCulture), row[4]), (cells[0], cells[1], cells[2], cells[3]));
            Assert.Equal($"{row[5]} – {row[6]}".Trim(), cells[4].Trim());

            // The quote is the row's, and the offsets shown point at it in the article's text (line ends as stored: \n).
            var text = File.ReadAllText(Path.Combine(News, row[8])).TrimStart('\uFEFF').ReplaceLineEndings("\n");
            var quoted = Quote().Match(cells[5]);
            Assert.True(quoted.Success, $"{row[0]}: no quote in “{cells[5]}”");
            Assert.Contains(Flat(row[7]), Flat(quoted.Groups["quote"].Value), StringComparison.Ordinal);
            var offsets = Offsets().Match(cells[5]);
            Assert.True(offsets.Success, $"{row[0]}: no offsets in “{cells[5]}”");
            var (start, end) = (int.Parse(offsets.Groups["s"].Value, CultureInfo.InvariantCulture), int.Parse(offsets.Groups["e"].Value, CultureInfo.InvariantCulture));
            Assert.Equal(Flat(quoted.Groups["quote"].Value), Flat(text[start..end]));
            Assert.Contains(row[8], cells[5], StringComparison.Ordinal);
        }
    }

    /// <summary>The one card of <paramref name="cards"/> whose sentence holds <paramref name="quote"/> (white space folded), else null.</summary>
    private static async Task<ILocator?> OneInSentenceAsync(ILocator cards, string quote)
    {
        ILocator? found = null;
        for (var i = 0; i < await cards.CountAsync(); i++)
        {
            if (Flat(await cards.Nth(i).Locator("blockquote").InnerTextAsync()).Contains(Flat(quote), StringComparison.Ordinal))
            {
                Assert.Null(found);
                found = cards.Nth(i);
            }
        }

        return found;
    }

    private static string Flat(string s) => Spaces().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^“(?<quote>.*)”", RegexOptions.Singleline)]
    private static partial Regex Quote();

    [GeneratedRegex(@"characters (?<s>\d+)–(?<e>\d+)")]
    private static partial Regex Offsets();
}
