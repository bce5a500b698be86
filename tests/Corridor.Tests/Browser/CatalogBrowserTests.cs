using Corridor.Organisations;
using Microsoft.Playwright;
using Corridor.Tests.Support;

namespace Corridor.Tests.Browser;

public sealed class CatalogBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SignIn_OpenCatalogue_SearchModel_ShowsOnlyMatches()
    {
        var page = await fixture.SignedInPageAsync(Role.ExportManager);

        // Signing in returns to the page asked for: the model catalogue.
        await page.WaitForURLAsync("**/catalog/models");
        var allRows = await page.Locator("#models tbody tr").CountAsync();
        Assert.True(allRows > 1, "the reference catalogue should list several models");

        await page.FillAsync("input[name=q]", "samand");
        await page.ClickAsync("form[role=search] button");
        await page.WaitForURLAsync("**/catalog/models?q=samand");

        var codes = await page.Locator("#models tbody tr td:first-child").AllInnerTextsAsync();
        Assert.Equal(["SAMAND"], codes);

        await BrowserLinks.FollowAsync(page, page.Locator("#models a:text('SAMAND')"));
        await page.WaitForURLAsync("**/catalog/models/SAMAND");
        Assert.Contains("Samand", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Contains("8703", await page.InnerTextAsync("dl.facts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorAndStaysOut()
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(fixture.BaseUrl + "/");
        await page.FillAsync("#email", "analyst@demo.corridor");
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("button[type=submit]");

        Assert.Contains("wrong", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        Assert.Contains("/account/sign-in", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiReference_RendersTheOperations()
    {
        var page = await fixture.SignedInPageAsync(Role.Analyst);
        await page.GotoAsync(fixture.BaseUrl + "/api/reference/");
        await page.GetByText("Corridor API").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
        await page.GetByText("Catalog", new PageGetByTextOptions { Exact = true }).First.ClickAsync();
        await page.GetByText("Vehicle models; search by code, name or maker.").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
    }
}
