using Corridor.Organisations;
using Microsoft.Playwright;

namespace Corridor.Tests.Browser;

/// <summary>Changing one's own password in Chromium: the current password is required, the rules apply next to the field, other sessions end.</summary>
public sealed class PasswordBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorWaitForOptions Slow = new() { Timeout = 60_000 };

    [Fact]
    public async Task ChangePassword_WrongCurrentOrWeakNew_NamesTheField_ThenChangesAndEndsOtherSessions()
    {
        const Role role = Role.ComplianceOfficer;
        var other = await fixture.SignedInPageAsync(role);
        var page = await fixture.SignedInPageAsync(role);
        await page.GotoAsync(fixture.BaseUrl + "/account/password");

        await page.FillAsync("#pw-current", "not-my-password-at-all");
        await page.FillAsync("#pw-new", "Caspian ferry 2026 to Astrakhan");
        await page.FillAsync("#pw-confirm", "Caspian ferry 2026 to Astrakhan");
        await page.ClickAsync("#password-form button[type=submit]");
        var current = page.Locator("#password-form .field-error[data-field=current]");
        await current.WaitForAsync(Slow);
        Assert.Contains("wrong password", await current.InnerTextAsync(), StringComparison.Ordinal);

        await page.FillAsync("#pw-current", fixture.Passwords[role]);
        await page.FillAsync("#pw-new", "password123");
        await page.FillAsync("#pw-confirm", "password123");
        await page.ClickAsync("#password-form button[type=submit]");
        await page.Locator("#password-form .field-error[data-field=password]").WaitForAsync(Slow);

        await page.FillAsync("#pw-current", fixture.Passwords[role]);
        await page.FillAsync("#pw-new", "Caspian ferry 2026 to Astrakhan");
        await page.FillAsync("#pw-confirm", "Caspian ferry 2026 to Astrakhan");
        await page.ClickAsync("#password-form button[type=submit]");
        await page.Locator("#done").WaitForAsync(Slow);
        Assert.Contains("1 other session", await page.InnerTextAsync("#done"), StringComparison.Ordinal);

        // This browser stays signed in; the other session is signed out.
        await page.GotoAsync(fixture.BaseUrl + "/access");
        Assert.Equal(1, await page.Locator("#sign-out").CountAsync());
        await other.GotoAsync(fixture.BaseUrl + "/access");
        Assert.Equal(0, await other.Locator("#sign-out").CountAsync());

        // The old password no longer signs in; the new one does.
        var fresh = await fixture.Browser.NewPageAsync();
        await fresh.GotoAsync(fixture.BaseUrl + "/access");
        await fresh.FillAsync("#email", $"{role.ToKebab()}@demo.corridor");
        await fresh.FillAsync("#password", fixture.Passwords[role]);
        await fresh.ClickAsync("button[type=submit]");
        await fresh.Locator("#password").WaitForAsync(Slow);
        Assert.Equal(0, await fresh.Locator("#sign-out").CountAsync());
        await fresh.FillAsync("#email", $"{role.ToKebab()}@demo.corridor");
        await fresh.FillAsync("#password", "Caspian ferry 2026 to Astrakhan");
        await fresh.ClickAsync("button[type=submit]");
        await fresh.Locator("#sign-out").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 90_000 });
    }
}
