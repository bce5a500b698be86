using Corridor.Organisations;
using Corridor.Tests.Browser;
using Corridor.Trade;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Corridor.Tests.Trade;

/// <summary>Agreement create, edit of ceilings and status change in headless Chromium over the demo database, per role.</summary>
public sealed class AgreementWriteBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorWaitForOptions Long = new() { Timeout = 60_000 };
    private static readonly PageWaitForURLOptions LongUrl = new() { Timeout = 60_000 };

    [Fact]
    public async Task ExportManager_AddsAnAgreement_BadPeriodShowsFieldError_ThenRaisesACeilingAndActivatesIt()
    {
        const string code = "TEST-BY-2027";
        var page = await fixture.SignedInPageAsync(Role.ExportManager);
        string? asked = null;
        page.Dialog += async (_, d) => { asked = d.Message; await d.AcceptAsync(); };
        await page.GotoAsync(fixture.BaseUrl + "/trade/agreements");

        await page.FillAsync("#Input_Code", code);
        await page.SelectOptionAsync("#Input_Kind", "supply-contract");
        await page.FillAsync("#Input_Title", "Shahin for Minsk, browser test");
        await page.SelectOptionAsync("#Input_Seller", "SAIPA");
        await page.FillAsync("#Input_From", "2027-01-01");
        await page.FillAsync("#Input_Until", "2026-06-01");
        await page.SelectOptionAsync("#Input_Incoterm", "CPT");
        await page.FillAsync("#Input_PaymentCurrency", "USD");
        await page.FillAsync("#Input_PaymentTerms", "letter of credit at sight");
        await page.SelectOptionAsync("#Input_Parties_0__Partner", "SAIPA-BY-PARTNER");
        await page.SelectOptionAsync("#Input_Parties_0__Role", "buyer");
        await page.FillAsync("#Input_Ceilings_0__Label", "Shahin");
        await page.FillAsync("#Input_Ceilings_0__Items", "SHAHIN");
        await page.FillAsync("#Input_Ceilings_0__Max", "1000");
        await page.SelectOptionAsync("#Input_Prices_0__Item", "SHAHIN");
        await page.FillAsync("#Input_Prices_0__Amount", "12000");
        await page.ClickAsync("#agreement-form button[type=submit]");

        var untilError = page.Locator("label[for=Input_Until] .field-error", new PageLocatorOptions { HasText = "must come after" });
        await untilError.WaitForAsync(Long);
        Assert.Equal(0, await DemoData.QueryAsync(fixture, db => db.Set<Agreement>().CountAsync(a => a.Code == code)));
        // The rest of the form is kept as entered.
        Assert.Equal("SAIPA-BY-PARTNER", await page.InputValueAsync("#Input_Parties_0__Partner"));
        Assert.Equal("1000", await page.InputValueAsync("#Input_Ceilings_0__Max"));

        await page.FillAsync("#Input_Until", "2028-01-01");
        await page.ClickAsync("#agreement-form button[type=submit]");
        await page.WaitForURLAsync($"**/trade/agreements/{code}?saved=created", LongUrl);
        Assert.Contains("draft", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        var ceiling = page.Locator("#quantity-ceilings tbody tr", new PageLocatorOptions { HasText = "Shahin" });
        Assert.Equal("1000", await ceiling.Locator("td >> nth=2").InnerTextAsync());

        await page.ClickAsync("#edit summary");
        Assert.Equal("1000", await page.InputValueAsync("#Input_Ceilings_0__Max"));
        await page.FillAsync("#Input_Ceilings_0__Max", "1500");
        await page.ClickAsync("#agreement-form button[type=submit]");
        await page.WaitForURLAsync($"**/trade/agreements/{code}?saved=changed", LongUrl);
        Assert.Equal("1500", await page.Locator("#quantity-ceilings tbody tr", new PageLocatorOptions { HasText = "Shahin" }).Locator("td >> nth=2").InnerTextAsync());

        await page.SelectOptionAsync("#status", "active");
        await page.ClickAsync("#status-form button[type=submit]");
        await page.WaitForURLAsync($"**/trade/agreements/{code}?saved=status", LongUrl);
        Assert.Contains($"Change the status of agreement {code}?", asked ?? "", StringComparison.Ordinal);
        Assert.Contains("active", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        var stored = await DemoData.QueryAsync(fixture, db => db.Set<Agreement>().Include(a => a.QuantityCeilings).SingleAsync(a => a.Code == code));
        Assert.Equal(AgreementStatus.Active, stored.Status);
        Assert.Equal(1500, Assert.Single(stored.QuantityCeilings).MaxQuantity);
    }

    [Theory]
    [InlineData(Role.Analyst)]
    [InlineData(Role.ComplianceOfficer)]
    public async Task ReadOnlyRole_SeesNoAgreementForm_AndADirectStatusPostIsRefused(Role role)
    {
        var page = await fixture.SignedInPageAsync(role);
        await page.GotoAsync(fixture.BaseUrl + "/trade/agreements");
        Assert.Equal(0, await page.Locator("main form[method=post]").CountAsync());
        await page.GotoAsync(fixture.BaseUrl + "/trade/agreements/SAIPA-BY-2023");
        Assert.Equal(0, await page.Locator("main form[method=post]").CountAsync());

        var status = await DirectPost.SendAsync(page, fixture.BaseUrl + "/trade/agreements/SAIPA-BY-2023?handler=Status", new Dictionary<string, string> { ["status"] = "closed" });
        Assert.True(status.Refused, $"the {role}'s status change answered {status.Status} {status.Location}");
        var create = await DirectPost.SendAsync(page, fixture.BaseUrl + "/trade/agreements?handler=Create", new Dictionary<string, string> { ["Input.Code"] = "SNEAK-1" });
        Assert.True(create.Refused, $"the {role}'s create answered {create.Status} {create.Location}");
        Assert.Equal(AgreementStatus.Active, await DemoData.QueryAsync(fixture, db => db.Set<Agreement>().Where(a => a.Code == "SAIPA-BY-2023").Select(a => a.Status).SingleAsync()));
    }
}
