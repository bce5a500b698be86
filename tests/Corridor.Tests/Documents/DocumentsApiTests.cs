using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Corridor.Import;
using Corridor.Organisations;
using Corridor.Tests.Support;
using Corridor.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Documents;

/// <summary>The documents API end to end on the reference scenario: drafting, roles, gates, numbering, amendment, cancellation, isolation.</summary>
public sealed class DocumentsApiTests(ReferenceDataApp app) : IClassFixture<ReferenceDataApp>
{
    private CorridorAppFactory Factory => app.Factory;

    internal static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    internal static string Id(JsonElement set, string type) =>
        set.EnumerateArray().First(d => d.GetProperty("type").GetString() == type).GetProperty("id").GetString()!;

    [Fact]
    public async Task DocumentSet_DraftIssueAmendCancel_FollowsRolesGatesAndNumbering()
    {
        var manager = await Factory.TokenClientAsync("A", Role.ExportManager);
        var planner = await Factory.TokenClientAsync("A", Role.LogisticsPlanner);
        var analyst = await Factory.TokenClientAsync("A", Role.Analyst);

        var set = await JsonAsync(await manager.PostAsJsonAsync("/api/documents/drafts", new { order = "DEMO-BY-SHAHIN" }));
        var types = set.EnumerateArray().Select(d => d.GetProperty("type").GetString()).ToList();
        Assert.Equal(["commercial_invoice", "packing_list", "certificate_of_origin"], types.Take(3));
        Assert.Contains(types.Skip(3), t => t is "rail_consignment_note" or "road_consignment_note" or "bill_of_lading");
        var origin = set.EnumerateArray().First(d => d.GetProperty("type").GetString() == "certificate_of_origin");
        Assert.Contains("CT-3", origin.GetProperty("title").GetString()); // Iranian goods into Belarus (EAEU) under the EAEU–Iran FTA

        var invoice = Id(set, "commercial_invoice");
        var packingList = Id(set, "packing_list");
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync($"/api/documents/{invoice}/issue", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await planner.PostAsync($"/api/documents/{invoice}/issue", null)).StatusCode);

        var issued = await JsonAsync(await manager.PostAsync($"/api/documents/{invoice}/issue", null));
        var number = issued.GetProperty("number").GetString()!;
        Assert.Matches(@"^INV-\d{4}-000001$", number);
        var snapshot = issued.GetProperty("snapshot").GetString()!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot))), issued.GetProperty("sha256").GetString());
        Assert.Contains("\"gates\"", snapshot);
        Assert.Contains("1,080,000".Replace(",", ""), snapshot); // 60 × 12,000 + 40 × 9,000 from orders.csv
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsync($"/api/documents/{invoice}/issue", null)).StatusCode);

        // The packing list agrees with the invoice; a transport document is the planner's, not the manager's.
        Assert.Matches(@"^PL-\d{4}-000001$", (await JsonAsync(await manager.PostAsync($"/api/documents/{packingList}/issue", null))).GetProperty("number").GetString()!);
        var transport = set.EnumerateArray().Skip(3).First().GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsync($"/api/documents/{transport}/issue", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await planner.PostAsync($"/api/documents/{transport}/issue", null)).StatusCode);

        // Gate: the screening order's consignee was never screened; refused with the reason, no number taken.
        var blocked = await JsonAsync(await manager.PostAsJsonAsync("/api/documents/drafts", new { order = "DEMO-BY-SCREENING" }));
        var refused = await manager.PostAsync($"/api/documents/{Id(blocked, "commercial_invoice")}/issue", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("screening", await refused.Content.ReadAsStringAsync());

        // Amendment takes the original's number with /A1; the next invoice is number 2 (the refusal took none).
        var amendment = await JsonAsync(await manager.PostAsJsonAsync($"/api/documents/{invoice}/amend", new { reason = "corrected address" }));
        var amended = await JsonAsync(await manager.PostAsync($"/api/documents/{amendment.GetProperty("id").GetString()}/issue", null));
        Assert.Equal(number + "/A1", amended.GetProperty("number").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/documents/{invoice}/amend", new { reason = "again" })).StatusCode);

        var again = await JsonAsync(await manager.PostAsJsonAsync("/api/documents/drafts", new { order = "DEMO-BY-SHAHIN" }));
        var cancel = await JsonAsync(await manager.PostAsJsonAsync($"/api/documents/{amended.GetProperty("id").GetString()}/cancel", new { reason = "order re-issued" }));
        Assert.Matches(@"^CXL-\d{4}-000001$", cancel.GetProperty("number").GetString()!);
        var second = await JsonAsync(await manager.PostAsync($"/api/documents/{Id(again, "commercial_invoice")}/issue", null));
        Assert.Matches(@"^INV-\d{4}-000002$", second.GetProperty("number").GetString()!);

        // Another organisation finds none of it, on any route.
        var other = await Factory.TokenClientAsync("B", Role.Admin);
        Assert.Equal(0, (await JsonAsync(await other.GetAsync("/api/documents"))).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/documents/{invoice}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/documents/{packingList}/issue", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/documents/{invoice}/amend", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/documents/{invoice}/cancel", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync("/api/documents/drafts", new { order = "DEMO-BY-SHAHIN" })).StatusCode);
    }
}
