using Corridor.Organisations;
using Corridor.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Corridor.Tests.Catalog;

/// <summary>The catalogue's create and edit forms in headless Chromium over the demo database, per role.</summary>
public sealed class CatalogWriteBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorWaitForOptions Long = new() { Timeout = 60_000 };

    [Fact]
    public async Task ExportManager_AddsAMaker_ThenChangesIt_AndThePagesShowIt()
    {
        var page = await fixture.SignedInPageAsync(Role.ExportManager);
        await page.GotoAsync(fixture.BaseUrl + "/catalog/makers");

        // A bad country is refused next to its field, and nothing is stored.
        await page.FillAsync("#Input_Code", "BAHMAN");
        await page.FillAsync("#Input_Name", "Bahman Group");
        await page.FillAsync("#Input_Country", "XX");
        await page.FillAsync("#Input_Source", "browser test");
        await page.ClickAsync("#maker-form button[type=submit]");
        var countryError = page.Locator("label[for=Input_Country] .field-error");
        await countryError.WaitForAsync(Long);
        Assert.Contains("'XX' is not", await countryError.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Bahman Group", await page.InputValueAsync("#Input_Name"));
        Assert.False(await MakerExistsAsync("BAHMAN"));

        await page.FillAsync("#Input_Country", "IR");
        await page.ClickAsync("#maker-form button[type=submit]");
        await page.WaitForURLAsync("**/catalog/makers/BAHMAN?saved=created", new PageWaitForURLOptions { Timeout = 60_000 });
        Assert.Contains("Maker added", await page.InnerTextAsync("#message"), StringComparison.Ordinal);
        Assert.Contains("Bahman Group", await page.InnerTextAsync("h1"), StringComparison.Ordinal);

        await page.FillAsync("#Input_Name", "Bahman Motor");
        await page.ClickAsync("#maker-form button[type=submit]");
        await page.WaitForURLAsync("**/catalog/makers/BAHMAN?saved=changed", new PageWaitForURLOptions { Timeout = 60_000 });
        Assert.Contains("Bahman Motor", await page.InnerTextAsync("h1"), StringComparison.Ordinal);

        await page.GotoAsync(fixture.BaseUrl + "/catalog/makers");
        Assert.Contains("Bahman Motor", await page.InnerTextAsync("#makers tbody tr:has-text('BAHMAN')"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportManager_AddsAModelWithABadHsCode_SeesTheFieldError_ThenAddsAndEditsIt()
    {
        var page = await fixture.SignedInPageAsync(Role.ExportManager);
        await page.GotoAsync(fixture.BaseUrl + "/catalog/models");

        await page.FillAsync("#Input_Code", "SAINA-TEST");
        await page.FillAsync("#Input_Name", "Saina test car");
        await page.SelectOptionAsync("#Input_Maker", "SAIPA");
        await page.SelectOptionAsync("#Input_Category", "M1");
        await page.SelectOptionAsync("#Input_Fuel", "petrol");
        await page.FillAsync("#Input_EngineCc", "1500");
        await page.SelectOptionAsync("#Input_EmissionClass", "Euro-4");
        await page.FillAsync("#Input_KerbWeightKg", "940");
        await page.FillAsync("#Input_HsCode", "87");
        await page.FillAsync("#Input_ListPrice", "7500");
        await page.FillAsync("#Input_Currency", "USD");
        await page.FillAsync("#Input_Source", "browser test");
        await page.ClickAsync("#model-form button[type=submit]");
        var hsError = page.Locator("label[for=Input_HsCode] .field-error");
        await hsError.WaitForAsync(Long);
        Assert.Contains("not an HS code", await hsError.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#models a:text-is('SAINA-TEST')").CountAsync());

        await page.FillAsync("#Input_HsCode", "8703.22");
        await page.ClickAsync("#model-form button[type=submit]");
        await page.WaitForURLAsync("**/catalog/models/SAINA-TEST?saved=created", new PageWaitForURLOptions { Timeout = 60_000 });
        var facts = await page.InnerTextAsync("dl.facts");
        Assert.Contains("8703.22", facts, StringComparison.Ordinal);
        Assert.Contains("Euro-4", facts, StringComparison.Ordinal);
        Assert.Contains("7,500.00 USD", facts.Replace('\u00a0', ' '), StringComparison.Ordinal);

        // The edit form starts from the stored values; a new emission class is saved.
        Assert.Equal("Euro-4", await page.InputValueAsync("#Input_EmissionClass"));
        await page.SelectOptionAsync("#Input_EmissionClass", "Euro-5");
        await page.ClickAsync("#model-form button[type=submit]");
        await page.WaitForURLAsync("**/catalog/models/SAINA-TEST?saved=changed", new PageWaitForURLOptions { Timeout = 60_000 });
        Assert.Contains("Euro-5", await page.InnerTextAsync("dl.facts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportManager_AddsAPart_AndItIsListed()
    {
        var page = await fixture.SignedInPageAsync(Role.ExportManager);
        await page.GotoAsync(fixture.BaseUrl + "/catalog/parts");
        await page.FillAsync("#Input_PartNumber", "TEST-RAD-9");
        await page.FillAsync("#Input_Name", "Radiator, test");
        await page.SelectOptionAsync("#Input_Maker", "IKCO");
        await page.FillAsync("#Input_ProductGroup", "engine-cooling");
        await page.FillAsync("#Input_HsCode", "8708.91");
        await page.FillAsync("#Input_WeightKg", "6.25");
        await page.FillAsync("#Input_Source", "browser test");
        await page.ClickAsync("#part-form button[type=submit]");
        await page.WaitForURLAsync("**/catalog/parts/TEST-RAD-9?saved=created", new PageWaitForURLOptions { Timeout = 60_000 });
        Assert.Contains("6.25 kg", await page.InnerTextAsync("dl.facts"), StringComparison.Ordinal);

        await page.GotoAsync(fixture.BaseUrl + "/catalog/parts?q=TEST-RAD-9");
        Assert.Equal(["TEST-RAD-9"], await page.Locator("#parts tbody tr td:first-child").AllInnerTextsAsync());
    }

    [Theory]
    [InlineData(Role.Analyst)]
    [InlineData(Role.ComplianceOfficer)]
    public async Task ReadOnlyRole_SeesNoForm_AndADirectPostIsRefused(Role role)
    {
        var page = await fixture.SignedInPageAsync(role);
        foreach (var url in new[] { "/catalog/makers", "/catalog/makers/SAIPA", "/catalog/models", "/catalog/models/SAMAND", "/catalog/parts" })
        {
            await page.GotoAsync(fixture.BaseUrl + url);
            Assert.Equal(0, await page.Locator("main form[method=post]").CountAsync());
        }

        await page.GotoAsync(fixture.BaseUrl + "/catalog/makers");
        var create = await DirectPost.SendAsync(page, fixture.BaseUrl + "/catalog/makers?handler=Create", new Dictionary<string, string>
        {
            ["Input.Code"] = "SNEAK", ["Input.Name"] = "Sneaked in", ["Input.Country"] = "IR", ["Input.Source"] = "x",
        });
        Assert.True(create.Refused, $"the {role}'s create answered {create.Status} {create.Location}");
        var edit = await DirectPost.SendAsync(page, fixture.BaseUrl + "/catalog/makers/SAIPA?handler=Save", new Dictionary<string, string>
        {
            ["Input.Name"] = "Renamed", ["Input.Country"] = "IR", ["Input.Source"] = "x",
        });
        Assert.True(edit.Refused, $"the {role}'s edit answered {edit.Status} {edit.Location}");

        Assert.False(await MakerExistsAsync("SNEAK"));
        Assert.Equal("Saipa", await MakerNameAsync("SAIPA"));
    }

    private Task<bool> MakerExistsAsync(string code) => DemoData.QueryAsync(fixture, db => db.Makers.AnyAsync(m => m.Code == code));

    private Task<string?> MakerNameAsync(string code) =>
        DemoData.QueryAsync(fixture, db => db.Makers.Where(m => m.Code == code).Select(m => (string?)m.Name).FirstOrDefaultAsync());
}
