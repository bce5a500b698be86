using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Compliance;
using Corridor.Compliance.Lists;
using Corridor.Organisations;
using Corridor.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Compliance;

/// <summary>The compliance API end to end through the test host: isolation between organisations, roles, explanations, the gate.</summary>
public sealed class ComplianceApiTests(CorridorAppFactory app) : IClassFixture<CorridorAppFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"corridor-api-list-{Guid.NewGuid():N}.json");
        await File.WriteAllLinesAsync(path,
        [
            """{"id": "sepah", "schema": "Company", "properties": {"name": ["Bank Sepah"], "country": ["ir"]}}""",
            """{"id": "rosneft", "schema": "Company", "properties": {"name": ["Rosneft Oil Company"], "innCode": ["7706107510"]}}""",
        ]);
        await app.ActAsync(app.OrganisationA, async sp =>
        {
            var result = await sp.GetRequiredService<ListImportService>().ImportAsync(ListSource.OpenSanctions, path);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        });
        File.Delete(path);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Match_PersianName_ReturnsEntryWithTokenExplanation()
    {
        var client = await app.TokenClientAsync("A", Role.Analyst);

        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/compliance/match?name=" + Uri.EscapeDataString("بانک سپه") + "&limit=3"));

        var hit = doc.RootElement.GetProperty("hits")[0];
        Assert.Equal("opensanctions:sepah", hit.GetProperty("entryKey").GetString());
        Assert.Equal(MatcherVersion.Current, doc.RootElement.GetProperty("algorithmVersion").GetString());
        Assert.Contains(hit.GetProperty("tokens").EnumerateArray(), t => t.GetProperty("how").GetString() == "Skeleton");
    }

    [Fact]
    public async Task MatchBatch_ByAnalyst_IsForbidden_ByOfficer_ScreensEachName()
    {
        var analyst = await app.TokenClientAsync("A", Role.Analyst);
        var officer = await app.TokenClientAsync("A", Role.ComplianceOfficer);
        var body = new { queries = new object[] { new { name = "Роснефть" }, new { name = "Unrelated Bakery", type = "organisation" } } };

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/compliance/match/batch", body)).StatusCode);
        var response = await officer.PostAsJsonAsync("/api/compliance/match/batch", body);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("opensanctions:rosneft", doc.RootElement[0].GetProperty("hits")[0].GetProperty("entryKey").GetString());
        Assert.Equal(0, doc.RootElement[1].GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public async Task Counterparty_OfAnotherOrganisation_IsNotFound_AndAnalystCannotCreate()
    {
        var officerA = await app.TokenClientAsync("A", Role.ComplianceOfficer);
        var created = await officerA.PostAsJsonAsync("/api/compliance/counterparties", new { name = "Sepah Bank", otherNames = new[] { "بانک سپه" }, type = "organisation", country = "IR" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var doc = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = doc.RootElement.GetProperty("counterparty").GetProperty("id").GetString();
        Assert.True(doc.RootElement.GetProperty("counterparty").GetProperty("blocked").GetBoolean());

        var officerB = await app.TokenClientAsync("B", Role.ComplianceOfficer);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.GetAsync($"/api/compliance/counterparties/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officerB.PutAsJsonAsync($"/api/compliance/counterparties/{id}", new { name = "Hijacked" })).StatusCode);

        var analystA = await app.TokenClientAsync("A", Role.Analyst);
        Assert.Equal(HttpStatusCode.Forbidden, (await analystA.PostAsJsonAsync("/api/compliance/counterparties", new { name = "X" })).StatusCode);
    }

    [Fact]
    public async Task Gate_BlocksWithProblemNamingEntry_UntilFalsePositiveDecided()
    {
        var officer = await app.TokenClientAsync("A", Role.ComplianceOfficer);
        var created = await officer.PostAsJsonAsync("/api/compliance/counterparties", new { name = "Rosneft Oil Co", type = "organisation", identifiers = new[] { "inn:7706107510" } });
        using var doc = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var id = doc.RootElement.GetProperty("counterparty").GetProperty("id").GetString();

        var blocked = await officer.GetAsync($"/api/compliance/gate?counterparty={id}");
        var problem = await blocked.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, blocked.StatusCode);
        Assert.Contains("opensanctions:rosneft", problem, StringComparison.Ordinal);
        Assert.Contains("Rosneft Oil Co", problem, StringComparison.Ordinal);

        using var queue = JsonDocument.Parse(await officer.GetStringAsync("/api/compliance/review-queue"));
        var match = queue.RootElement.EnumerateArray().First(m => m.GetProperty("counterpartyId").GetString() == id).GetProperty("id").GetString();
        var analyst = await app.TokenClientAsync("A", Role.Analyst);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync($"/api/compliance/matches/{match}/decision", new { decision = "false-positive", reason = "x" })).StatusCode);
        var decided = await officer.PostAsJsonAsync($"/api/compliance/matches/{match}/decision", new { decision = "false-positive", reason = "a different Rosneft: a filling station in Yerevan" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/compliance/gate?counterparty={id}")).StatusCode);
        var csv = await officer.GetStringAsync("/api/compliance/audit?format=csv");
        Assert.Contains("a filling station in Yerevan", csv, StringComparison.Ordinal);
        Assert.Contains(MatcherVersion.Current, csv, StringComparison.Ordinal);
    }
}
