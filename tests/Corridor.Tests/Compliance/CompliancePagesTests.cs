using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Compliance;
using Corridor.Compliance.Lists;
using Corridor.Organisations;
using Corridor.Tests.Support;
using Corridor.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Compliance;

/// <summary>The compliance pages as served HTML: search with explanations, review queue decisions, history, snapshots.</summary>
public sealed class CompliancePagesTests(CorridorAppFactory app) : IClassFixture<CorridorAppFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"corridor-pages-list-{Guid.NewGuid():N}.json");
        await File.WriteAllLinesAsync(path, ["""{"id": "mellat", "schema": "Company", "properties": {"name": ["Bank Mellat"]}}"""]);
        await app.ActAsync(app.OrganisationA, async sp => Assert.True((await sp.GetRequiredService<ListImportService>().ImportAsync(ListSource.OpenSanctions, path)).Succeeded));
        File.Delete(path);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SearchPage_PersianName_ShowsEntryAndTokenExplanation()
    {
        var client = await app.SignedInClientAsync("A", Role.Analyst);

        var html = await client.GetStringAsync("/compliance/search?q=" + Uri.EscapeDataString("بانک ملت"));

        Assert.Contains("opensanctions:mellat", html, StringComparison.Ordinal);
        Assert.Contains("skeleton", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewPage_OfficerDecides_AnalystIsReadOnly_HistoryShowsDecision()
    {
        var officer = await app.TokenClientAsync("A", Role.ComplianceOfficer);
        var created = await officer.PostAsJsonAsync("/api/compliance/counterparties", new { name = "Mellat Bank", type = "organisation" });
        using var doc = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = doc.RootElement.GetProperty("counterparty").GetProperty("id").GetString();
        var matchId = doc.RootElement.GetProperty("screenings")[0].GetProperty("matches")[0].GetProperty("id").GetString();

        var analyst = await app.SignedInClientAsync("A", Role.Analyst);
        var readOnly = await analyst.GetStringAsync("/compliance/review");
        Assert.Contains("read only", readOnly, StringComparison.Ordinal);
        var refused = await analyst.PostAsync("/compliance/review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = matchId!, ["decision"] = "false-positive", ["reason"] = "x", ["__RequestVerificationToken"] = AntiForgery.Token(await analyst.GetStringAsync("/account/tokens")),
        }));
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"analyst's decision answered {refused.StatusCode}");
        Assert.Contains("/account/denied", refused.Headers.Location?.ToString() ?? "/account/denied", StringComparison.OrdinalIgnoreCase);

        var session = await app.SignedInClientAsync("A", Role.ComplianceOfficer);
        var page = await session.GetStringAsync("/compliance/review");
        var decided = await session.PostAsync("/compliance/review", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = matchId!, ["decision"] = "false-positive", ["reason"] = "our supplier is a Mellat in Gyumri", ["__RequestVerificationToken"] = AntiForgery.Token(page),
        }));
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Contains("false positive", await decided.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var history = await session.GetStringAsync($"/compliance/counterparties/{id}");
        Assert.Contains("our supplier is a Mellat in Gyumri", history, StringComparison.Ordinal);
        Assert.Contains("clear: trade may proceed", history, StringComparison.Ordinal);
        Assert.Contains("OpenSanctions entities", await session.GetStringAsync("/compliance/snapshots"), StringComparison.Ordinal);
    }
}
