using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Organisations;
using Corridor.Tests.Web;
using static Corridor.Tests.Documents.DocumentsApiTests;

namespace Corridor.Tests.Documents;

/// <summary><c>POST /api/documents/issue-set</c>: roles per document type for every draft of the call, nothing issued when any is refused that way, another organisation's drafts not found, per-draft outcomes.</summary>
public sealed class DocumentSetApiTests(ReferenceDataApp app) : IClassFixture<ReferenceDataApp>
{
    private CorridorAppFactory Factory => app.Factory;

    private static readonly string[] Commercial = ["commercial_invoice", "packing_list", "certificate_of_origin"];

    [Fact]
    public async Task IssueSet_ChecksTheRoleOfEveryDraft_IsolatesOrganisations_AndAnswersPerDraft()
    {
        var manager = await Factory.TokenClientAsync("A", Role.ExportManager);
        var planner = await Factory.TokenClientAsync("A", Role.LogisticsPlanner);
        var analyst = await Factory.TokenClientAsync("A", Role.Analyst);
        var other = await Factory.TokenClientAsync("B", Role.Admin);
        var set = (await JsonAsync(await manager.PostAsJsonAsync("/api/documents/drafts", new { order = "DEMO-BY-SHAHIN" }))).EnumerateArray()
            .Select(d => (Id: d.GetProperty("id").GetString()!, Type: d.GetProperty("type").GetString()!)).ToList();
        var commercial = set.Where(d => Commercial.Contains(d.Type)).Select(d => d.Id).ToList();
        var transport = set.Where(d => !Commercial.Contains(d.Type)).Select(d => d.Id).ToList();
        Assert.Equal(3, commercial.Count);
        Assert.NotEmpty(transport);

        // The planner may not issue the commercial documents, the analyst nothing, B does not see A's drafts: nothing is issued.
        Assert.Equal(HttpStatusCode.Forbidden, (await planner.PostAsJsonAsync("/api/documents/issue-set", new { ids = set.Select(d => d.Id) })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/documents/issue-set", new { ids = commercial })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync("/api/documents/issue-set", new { ids = commercial })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.PostAsJsonAsync("/api/documents/issue-set", new { ids = Array.Empty<string>() })).StatusCode);
        var drafts = await JsonAsync(await manager.GetAsync("/api/documents?order=DEMO-BY-SHAHIN&status=issued"));
        Assert.DoesNotContain(drafts.EnumerateArray(), d => set.Any(s => s.Id == d.GetProperty("id").GetString()));

        // The manager issues the commercial three, the planner the transport documents; each answer names its draft.
        var issued = await JsonAsync(await manager.PostAsJsonAsync("/api/documents/issue-set", new { ids = commercial }));
        Assert.Equal(commercial, issued.EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToList());
        Assert.All(issued.EnumerateArray(), o => Assert.True(o.GetProperty("issued").GetBoolean(), o.ToString()));
        Assert.All(issued.EnumerateArray(), o => Assert.Matches(@"^(INV|PL|CO)-\d{4}-\d{6}$", o.GetProperty("document").GetProperty("number").GetString()!));
        var moved = await JsonAsync(await planner.PostAsJsonAsync("/api/documents/issue-set", new { ids = transport }));
        Assert.All(moved.EnumerateArray(), o => Assert.True(o.GetProperty("issued").GetBoolean(), o.ToString()));

        // Issuing them again is refused per draft, with the reason, and still answers 200 with the outcomes.
        var again = await JsonAsync(await manager.PostAsJsonAsync("/api/documents/issue-set", new { ids = commercial }));
        Assert.All(again.EnumerateArray(), o =>
        {
            Assert.False(o.GetProperty("issued").GetBoolean());
            Assert.Equal(JsonValueKind.Null, o.GetProperty("document").ValueKind);
            Assert.Contains("already issued", o.GetProperty("errors")[0].GetString()!, StringComparison.Ordinal);
        });
    }
}
