using Corridor.Organisations;
using Corridor.Tests.Browser;
using Microsoft.Playwright;

namespace Corridor.Tests.Trade;

/// <summary>The order-entry page's live promise panel in a real browser, on the demo database.</summary>
public sealed class TradeBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task OrderEntry_ChangingTheBuyer_ReasksThePromise()
    {
        var page = await fixture.SignedInPageAsync(Role.ExportManager);
        await page.GotoAsync(fixture.BaseUrl + "/trade/orders/new");

        // The first partner in the list is the demo consignee that was never screened: the panel says why it is blocked.
        await page.SelectOptionAsync("select[name=buyer]", "BY-NEW-CONSIGNEE");
        await page.Locator("#blockers").GetByText("not been screened").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });

        await page.SelectOptionAsync("select[name=agreement]", "SAIPA-BY-2023");
        await page.SelectOptionAsync("select[name=buyer]", "SAIPA-BY-PARTNER");
        await page.Locator("#promise .badge.ok", new PageLocatorOptions { HasText = "can be delivered" }).WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Contains("BYN", await page.InnerTextAsync("#landed-total"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#blockers").CountAsync());
    }
}
