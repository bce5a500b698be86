using Corridor.Compliance;
using Corridor.Compliance.Lists;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Browser;
using Corridor.Tests.Support;
using Microsoft.Playwright;

namespace Corridor.Tests.Compliance;

/// <summary>The compliance officer's pages in headless Chromium over the demo database, with two snapshots of a small list.</summary>
public sealed class ComplianceBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static string Company(string id, string name, string extra = "") =>
        "{\"id\": \"" + id + "\", \"schema\": \"Company\", \"properties\": {\"name\": [\"" + name + "\"]" + extra + "}}";

    public async Task InitializeAsync()
    {
        // Imports are a CLI verb, not a page: two versions of a list go in through the service, as `corridor lists import` does.
        var folder = Directory.CreateTempSubdirectory("corridor-browser-lists-").FullName;
        try
        {
            var v1 = Path.Combine(folder, "v1.ftm.json");
            var v2 = Path.Combine(folder, "v2.ftm.json");
            await File.WriteAllLinesAsync(v1, [Company("sepah", "Bank Sepah"), Company("mellat", "Bank Mellat"), Company("old", "Old Caspian Trading LLC")]);
            await File.WriteAllLinesAsync(v2, [Company("sepah", "Bank Sepah"), Company("mellat", "Bank Mellat", """, "country": ["ir"]"""), Company("rosneft", "Rosneft Oil Company")]);
            foreach (var file in new[] { v1, v2 })
            {
                var actor = new ActorContext();
                actor.Set(null, null, "loader");
                await using var db = new CorridorDbContextFactory(fixture.Database.Location, TimeProvider.System).Create(actor);
                var import = await new ListImportService(db, actor, new ScreeningService(db, new ScreeningIndexCache(), TimeProvider.System), TimeProvider.System)
                    .ImportAsync(ListSource.OpenSanctions, file);
                Assert.True(import.Succeeded, string.Join("\n", import.Errors));
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Officer_SearchesDecidesAMatch_ThenReadsHistoryAndSnapshotDelta()
    {
        var page = await fixture.SignedInPageAsync(Role.ComplianceOfficer);
        await page.WaitForURLAsync("**/catalog/models");

        // A counterparty written in Persian script, added through the API with the officer's session.
        var created = await page.APIRequest.PostAsync(fixture.BaseUrl + "/api/compliance/counterparties", new APIRequestContextOptions
        {
            DataObject = new { name = "Sepah Bank Tabriz", otherNames = new[] { "بانک سپه" }, type = "organisation", country = "IR" },
        });
        Assert.Equal(201, created.Status);

        // Ad-hoc search: the Persian name finds the entry and says why (vowelless Persian compared on consonant skeletons).
        await page.GotoAsync(fixture.BaseUrl + "/compliance/search");
        await page.FillAsync("input[name=q]", "بانک سپه");
        await page.ClickAsync("form[role=search] button");
        var hit = page.Locator("#hits tbody tr", new PageLocatorOptions { HasText = "opensanctions:sepah" });
        await hit.WaitForAsync();
        Assert.Contains("skeleton", await hit.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("BANK SEPAH", (await hit.InnerTextAsync()).ToUpperInvariant(), StringComparison.Ordinal);

        // Review queue: the counterparty's possible match is decided as a false positive, with a reason.
        await page.GotoAsync(fixture.BaseUrl + "/compliance/review");
        var row = page.Locator("#queue tbody tr", new PageLocatorOptions { HasText = "Sepah Bank Tabriz" });
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains("opensanctions:sepah", await row.InnerTextAsync(), StringComparison.Ordinal);
        await row.Locator("select[name=decision]").SelectOptionAsync("false-positive");
        await row.Locator("input[name=reason]").FillAsync("a cooperative in Tabriz, registry number differs");
        await row.Locator("button[type=submit]").ClickAsync();
        await page.Locator("[role=status]", new PageLocatorOptions { HasText = "false positive" }).WaitForAsync();
        Assert.Equal(0, await page.Locator("#queue tbody tr", new PageLocatorOptions { HasText = "Sepah Bank Tabriz" }).CountAsync());

        // The counterparty's screening history shows the decision, and the gate lets trade proceed.
        await page.GotoAsync(fixture.BaseUrl + "/compliance/counterparties");
        await BrowserLinks.FollowAsync(page, page.Locator("#counterparties a:text('Sepah Bank Tabriz')"));
        await page.WaitForURLAsync("**/compliance/counterparties/*");
        Assert.Equal("clear: trade may proceed", await page.InnerTextAsync("#gate"));
        var history = await page.InnerTextAsync("main");
        Assert.Contains("a cooperative in Tabriz, registry number differs", history, StringComparison.Ordinal);
        Assert.Contains("false positive", history, StringComparison.Ordinal);
        Assert.Contains(MatcherVersion.Current, history, StringComparison.Ordinal);

        // List snapshots: the active one and the one it replaced; its delta names what was added, removed and changed.
        await page.GotoAsync(fixture.BaseUrl + "/compliance/snapshots");
        var snapshots = page.Locator("#snapshots tbody tr", new PageLocatorOptions { HasText = "opensanctions" });
        // The browser fixture's one-entry sample list, then the two versions this class loads.
        Assert.Equal(3, await snapshots.CountAsync());
        var active = page.Locator("#snapshots tbody tr", new PageLocatorOptions { HasText = "(active)" });
        Assert.Equal(["3", "1", "1", "1"], await active.Locator("td.num").AllInnerTextsAsync());
        var deltaLink = await BrowserLinks.FollowAsync(page, active.Locator("a:text('delta')"));
        Assert.StartsWith("/compliance/snapshots?id=", deltaLink, StringComparison.Ordinal);
        var delta = await page.InnerTextAsync("main");
        Assert.Contains("Added (1)", delta, StringComparison.Ordinal);
        Assert.Contains("opensanctions:rosneft – Rosneft Oil Company", delta, StringComparison.Ordinal);
        Assert.Contains("Removed (1)", delta, StringComparison.Ordinal);
        Assert.Contains("opensanctions:old – Old Caspian Trading LLC", delta, StringComparison.Ordinal);
        Assert.Contains("Changed (1)", delta, StringComparison.Ordinal);
        Assert.Contains("opensanctions:mellat – Bank Mellat", delta, StringComparison.Ordinal);
    }
}
