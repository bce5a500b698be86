using Corridor.Organisations;
using Corridor.Web;
using Microsoft.Playwright;

namespace Corridor.Tests.Browser;

/// <summary>
/// Under the Content-Security-Policy (decision 028) every page still works in Chromium and the browser reports no
/// violation: no inline handler or script without the nonce was left behind; confirmations run from /app.js.
/// </summary>
public sealed class ContentSecurityPolicyBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task EveryNavigationPage_LoadsWithoutAPolicyViolation()
    {
        var page = await fixture.SignedInPageAsync(Role.Admin);
        var violations = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add($"{page.Url}: {m.Text}");
            }
        };

        var paths = Navigation.Sections.Select(s => s.Href).Concat(Navigation.Tasks.Select(t => t.Href))
            .Concat(["/", "/account/tokens", "/account/users", "/account/audit", "/trade/orders/new", "/no-such-page"]).Distinct();
        foreach (var path in paths)
        {
            await page.GotoAsync(fixture.BaseUrl + path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.Empty(violations);
    }

    [Fact]
    public async Task OrderEntry_ItsNoncedScriptRuns_AndAsksForAPromise()
    {
        var page = await fixture.SignedInPageAsync(Role.ExportManager);
        await page.GotoAsync(fixture.BaseUrl + "/trade/orders/new");
        // The promise panel is filled by the page's own script; under a broken policy it would keep its placeholder.
        await page.Locator("#promise h2").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.DoesNotContain("Asking for a promise", await page.InnerTextAsync("#promise"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisableUser_AsksFirst_AndDismissingChangesNothing()
    {
        var page = await fixture.SignedInPageAsync(Role.Admin);
        await page.GotoAsync(fixture.BaseUrl + "/account/users");
        var row = page.Locator("tr[data-email='analyst@demo.corridor']");
        string? asked = null;
        page.Dialog += async (_, d) => { asked = d.Message; await d.DismissAsync(); };

        await row.Locator("button:text('Disable')").ClickAsync();
        await page.WaitForTimeoutAsync(500);

        Assert.NotNull(asked);
        Assert.Contains("analyst@demo.corridor", asked, StringComparison.Ordinal);
        Assert.Contains("active", await row.InnerTextAsync(), StringComparison.Ordinal);
    }
}
