using Corridor.Organisations;
using Corridor.Tests.Browser;
using Corridor.Tests.Support;
using Microsoft.Playwright;

namespace Corridor.Tests.Intelligence;

/// <summary>
/// The review page in Chromium: an analyst pastes an article, follows it to the review queue, sees each figure marked
/// in its sentence, accepts one with a corrected subject and rejects another with a reason; the reported figures
/// page then shows the reviewed figure with its quote. A compliance officer sees the queue read only.
/// </summary>
public sealed class IntelligenceBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Analyst_PastesAnArticle_AcceptsAndRejectsFiguresOnTheReviewPage()
    {
        const string first = "Saipa shipped 3,150 cars to Kazakhstan in 2024, the company said.";
        const string second = "The firm also counted 48 dealers in the region.";
        var page = await fixture.SignedInPageAsync(Role.Analyst);
        await page.GotoAsync(fixture.BaseUrl + "/intelligence/articles");
        await page.FillAsync("#source", "https://example.test/saipa-kz");
        await page.FillAsync("#publisher", "Example News");
        await page.FillAsync("#published", "2025-01-20");
        await page.FillAsync("#text", $"Saipa in Kazakhstan\n\n{first} {second}");
        await page.ClickAsync("#upload-form button[type=submit]");
        Assert.Contains("Taken in", await page.InnerTextAsync("#message"), StringComparison.Ordinal);

        await BrowserLinks.FollowAsync(page, page.Locator("#articles a:text('Saipa in Kazakhstan')"));
        var card = page.Locator("article.candidate[data-value='3150']");
        await card.WaitForAsync();
        Assert.Equal("3,150 cars", (await card.Locator("blockquote mark").InnerTextAsync()).Trim());
        Assert.Equal(first, (await card.Locator("blockquote").InnerTextAsync()).Trim());

        await card.Locator("input[name=subject]").FillAsync("SAIPA");
        await card.Locator("input[name=metric]").FillAsync("vehicle_exports");
        await card.Locator(".accept-form button[type=submit]").ClickAsync();
        Assert.Contains("Accepted: SAIPA · vehicle_exports · 3,150 units", await page.InnerTextAsync("#message"), StringComparison.Ordinal);

        var dealers = page.Locator("article.candidate[data-value='48']");
        if (await dealers.CountAsync() == 1)
        {
            await dealers.Locator("input[name=reason]").FillAsync("dealers, not a trade figure");
            await dealers.Locator(".reject-form button[type=submit]").ClickAsync();
            Assert.Contains("Rejected", await page.InnerTextAsync("#message"), StringComparison.Ordinal);
            await page.GotoAsync(page.Url.Split('?')[0] + "?status=rejected");
            Assert.Contains("dealers, not a trade figure", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        }

        await page.GotoAsync(fixture.BaseUrl + "/intelligence/figures?origin=reviewed");
        var row = page.Locator("#figures tr[data-origin='reviewed']", new PageLocatorOptions { HasText = "3,150" });
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains(first, await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("https://example.test/saipa-kz", await row.InnerTextAsync(), StringComparison.Ordinal);

        var officer = await fixture.SignedInPageAsync(Role.ComplianceOfficer);
        await officer.GotoAsync(fixture.BaseUrl + "/intelligence/review?status=all");
        Assert.Equal(0, await officer.Locator(".accept-form").CountAsync());
        Assert.Equal(0, await officer.Locator("#upload-form").CountAsync());
    }
}
