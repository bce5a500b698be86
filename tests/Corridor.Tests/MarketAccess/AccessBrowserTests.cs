using Corridor.Organisations;
using Corridor.Tests.Browser;
using Microsoft.Playwright;
using Corridor.Tests.Support;

namespace Corridor.Tests.MarketAccess;

/// <summary>The market-access pages in headless Chromium over the demo database.</summary>
public sealed class AccessBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Matrix_Hover2012SamandRussia_ShowsEuro4Reason_ClickOpensTimelineSvg()
    {
        var page = await fixture.SignedInPageAsync(Role.ComplianceOfficer);
        await page.GotoAsync(fixture.BaseUrl + "/access?date=2012-01-01");
        var cell = page.Locator("td.cell[data-model=SAMAND][data-market=RU]");
        Assert.Contains("blocked", await cell.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.Contains("RU-EURO4-2010", await cell.GetAttributeAsync("title") ?? "", StringComparison.Ordinal);
        var colour = await cell.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(254, 228, 226)", colour);

        await BrowserLinks.FollowAsync(page, cell.Locator("a"));
        await page.WaitForURLAsync("**/access/timeline?model=SAMAND&market=RU");
        Assert.True(await page.Locator("#timeline-chart rect.interval.blocked").CountAsync() > 0);
        Assert.True(await page.Locator("#timeline-chart rect.interval.eligible").CountAsync() > 0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "corridor-access-timeline.png"), FullPage = true });
    }

    [Fact]
    public async Task CertificateRegistry_FilterByKind_ShowsOnlyThatKind()
    {
        var page = await fixture.SignedInPageAsync(Role.Analyst);
        await page.GotoAsync(fixture.BaseUrl + "/access/certificates");
        await page.FillAsync("input[name=kind]", "ERA-GLONASS");
        await page.ClickAsync("form[role=search] button");
        var kinds = await page.Locator("#certificates tbody tr td:nth-child(3)").AllInnerTextsAsync();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Equal("ERA-GLONASS", k));
    }
}
