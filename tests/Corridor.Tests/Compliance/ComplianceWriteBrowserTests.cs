using Corridor.Organisations;
using Corridor.Tests.Browser;
using Corridor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Corridor.Tests.Compliance;

/// <summary>Counterparty create, edit and re-screen, and the sanctions-list upload with its delta, in headless Chromium per role.</summary>
public sealed class ComplianceWriteBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly LocatorWaitForOptions Long = new() { Timeout = 60_000 };
    private static readonly PageWaitForURLOptions LongUrl = new() { Timeout = 60_000 };

    private static string Company(string id, string name, string country = "ir") =>
        "{\"id\": \"" + id + "\", \"schema\": \"Company\", \"properties\": {\"name\": [\"" + name + "\"], \"country\": [\"" + country + "\"]}}";

    [Fact]
    public async Task Officer_AddsACounterparty_BadCountryShowsFieldError_ThenEditsAndRescreensIt()
    {
        const string name = "Caspian Test Shipping LLC";
        var page = await fixture.SignedInPageAsync(Role.ComplianceOfficer);
        await page.GotoAsync(fixture.BaseUrl + "/compliance/counterparties");
        await page.FillAsync("#Input_Name", name);
        await page.SelectOptionAsync("#Input_Type", "organisation");
        await page.FillAsync("#Input_Country", "ZZ");
        await page.ClickAsync("#counterparty-form button[type=submit]");
        var countryError = page.Locator("label[for=Input_Country] .field-error");
        await countryError.WaitForAsync(Long);
        Assert.Contains("'ZZ' is not", await countryError.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(name));

        await page.FillAsync("#Input_Country", "RU");
        await page.FillAsync("#Input_Identifiers", "inn:7701234567");
        await page.ClickAsync("#counterparty-form button[type=submit]");
        await page.WaitForURLAsync("**/compliance/counterparties/*?saved=created", LongUrl);
        Assert.Contains("added and screened", await page.InnerTextAsync("#message"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("main section.card").CountAsync());
        Assert.Contains("inn:7701234567", await page.InnerTextAsync("dl.facts"), StringComparison.Ordinal);

        // A real change (a Cyrillic spelling) is saved as version 2 and screened again.
        await page.ClickAsync("#edit summary");
        await page.FillAsync("#Input_OtherNames", "Каспиан Тест Шиппинг");
        await page.ClickAsync("#counterparty-form button[type=submit]");
        await page.WaitForURLAsync("**?saved=changed", LongUrl);
        Assert.Contains("version 2", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Contains("Каспиан Тест Шиппинг", await page.InnerTextAsync("dl.facts"), StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("main section.card").CountAsync());

        await page.ClickAsync("#actions button[type=submit]");
        await page.WaitForURLAsync("**?saved=rescreened", LongUrl);
        Assert.Equal(3, await page.Locator("main section.card").CountAsync());
        Assert.Contains("manual", await page.InnerTextAsync("main section.card >> nth=0"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Analyst)]
    [InlineData(Role.ExportManager)]
    public async Task ReadOnlyRole_SeesNoCounterpartyForm_AndADirectPostIsRefused(Role role)
    {
        var page = await fixture.SignedInPageAsync(role);
        await page.GotoAsync(fixture.BaseUrl + "/compliance/counterparties");
        Assert.Equal(0, await page.Locator("main form[method=post]").CountAsync());
        var first = await BrowserLinks.FollowAsync(page, page.Locator("#counterparties tbody a").First);
        Assert.Equal(0, await page.Locator("main form[method=post]").CountAsync());

        var create = await DirectPost.SendAsync(page, fixture.BaseUrl + "/compliance/counterparties?handler=Create", new Dictionary<string, string> { ["Input.Name"] = "Sneaked In Ltd" });
        Assert.True(create.Refused, $"the {role}'s create answered {create.Status} {create.Location}");
        var rescreen = await DirectPost.SendAsync(page, fixture.BaseUrl + first + "?handler=Rescreen", new Dictionary<string, string>());
        Assert.True(rescreen.Refused, $"the {role}'s re-screen answered {rescreen.Status} {rescreen.Location}");
        Assert.Equal(0, await CountAsync("Sneaked In Ltd"));
    }

    [Fact]
    public async Task Operator_UploadsTwoVersionsOfAList_SeesTheDelta_AndAMalformedFileImportsNothing()
    {
        var folder = Directory.CreateTempSubdirectory("corridor-upload-test-").FullName;
        try
        {
            var v1 = Path.Combine(folder, "v1.ftm.json");
            var v2 = Path.Combine(folder, "v2.ftm.json");
            var bad = Path.Combine(folder, "bad.ftm.json");
            await File.WriteAllLinesAsync(v1, [Company("up-a", "Alborz Test Trading"), Company("up-b", "Baku Test Forwarding"), Company("up-c", "Chabahar Test Lines")]);
            // Against v1: up-d added, up-c removed, up-b changed (its country), up-a the same.
            await File.WriteAllLinesAsync(v2, [Company("up-a", "Alborz Test Trading"), Company("up-b", "Baku Test Forwarding", "az"), Company("up-d", "Darband Test Shipping")]);
            await File.WriteAllTextAsync(bad, "{\"id\": \"up-x\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Broken\"\n");

            var page = await fixture.SignedInPageAsync(Role.Operator);
            string? asked = null;
            page.Dialog += async (_, d) => { asked = d.Message; await d.AcceptAsync(); };
            await page.GotoAsync(fixture.BaseUrl + "/compliance/snapshots");

            await UploadAsync(page, v1);
            Assert.Contains("Import this list?", asked ?? "", StringComparison.Ordinal);
            await UploadAsync(page, v2);
            Assert.Equal("1 added, 1 removed, 1 changed", await page.InnerTextAsync("#delta-counts"));
            Assert.Equal(["opensanctions:up-d – Darband Test Shipping (Organisation)"], await page.Locator("#added li").AllInnerTextsAsync());
            Assert.Contains("Chabahar Test Lines", await page.InnerTextAsync("#removed"), StringComparison.Ordinal);
            Assert.Contains("Baku Test Forwarding", await page.InnerTextAsync("#changed"), StringComparison.Ordinal);

            var snapshots = await SnapshotCountAsync();
            await page.SelectOptionAsync("#Source", "opensanctions");
            await page.SetInputFilesAsync("#files", bad);
            await page.ClickAsync("#upload-form button[type=submit]");
            var error = page.Locator("#files-error");
            await error.WaitForAsync(new() { Timeout = 120_000 });
            Assert.Contains("Nothing was imported", await error.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Contains("bad.ftm.json", await error.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(snapshots, await SnapshotCountAsync());
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Theory]
    [InlineData(Role.ComplianceOfficer)]
    [InlineData(Role.Analyst)]
    public async Task ExporterRole_SeesNoListUpload_AndADirectPostIsRefused(Role role)
    {
        var page = await fixture.SignedInPageAsync(role);
        await page.GotoAsync(fixture.BaseUrl + "/compliance/snapshots");
        Assert.Equal(0, await page.Locator("#upload-form").CountAsync());
        var upload = await DirectPost.SendAsync(page, fixture.BaseUrl + "/compliance/snapshots?handler=Upload", new Dictionary<string, string> { ["Source"] = "opensanctions" });
        Assert.True(upload.Refused, $"the {role}'s upload answered {upload.Status} {upload.Location}");
    }

    private static async Task UploadAsync(IPage page, string file)
    {
        await page.SelectOptionAsync("#Source", "opensanctions");
        await page.SetInputFilesAsync("#files", file);
        await page.ClickAsync("#upload-form button[type=submit]");
        await page.Locator("#imported").WaitForAsync(new() { Timeout = 120_000 });
    }

    private Task<int> CountAsync(string name) => DemoData.QueryAsync(fixture, db => db.Counterparties.CountAsync(c => c.Name == name));

    private Task<int> SnapshotCountAsync() => DemoData.QueryAsync(fixture, db => db.ListSnapshots.CountAsync());
}
