using System.Net;
using Corridor.Compliance;
using Corridor.Import;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Trade;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Web;

/// <summary>
/// The web application as people use it, over the reference data with NO sanctions list loaded (as a demo without the
/// shared lists): sign-out, error pages, role-shaped order pages, and counterparties that count as not screened.
/// </summary>
public sealed class WebAppPagesTests(WebAppPagesTests.Seeded app) : IClassFixture<WebAppPagesTests.Seeded>
{
    public sealed class Seeded : IAsyncLifetime
    {
        public CorridorAppFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            await Factory.InitializeAsync();
            await Factory.ActAsync(Factory.OrganisationA, async sp =>
            {
                var result = await sp.GetRequiredService<ImportRunner>().RunAsync(Fixtures.ReferenceData);
                Assert.True(result.Succeeded, string.Join("\n", result.Errors));
            });
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private CorridorAppFactory Factory => app.Factory;

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, Dictionary<string, string>? fields = null)
    {
        var html = await client.GetStringAsync(page);
        var form = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = AntiForgery.Token(html) };
        return await client.PostAsync(action, new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task SignOut_FromTheNavigationForm_EndsTheSession()
    {
        var client = await Factory.SignedInClientAsync("A", Role.Analyst);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/catalog/makers")).StatusCode);

        // The layout's form carries its own anti-forgery token (it answered 400 without one).
        var signedOut = await PostFormAsync(client, "/catalog/makers", "/account/sign-out");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/account/sign-in", signedOut.Headers.Location?.OriginalString);
        var after = await client.GetAsync("/catalog/makers");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/sign-in", after.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TradePartners_Api_AnswersTheListInCodeOrder()
    {
        var client = await Factory.TokenClientAsync("A", Role.Analyst);

        var response = await client.GetAsync("/api/trade/partners");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var codes = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(p => p.GetProperty("code").GetString()!).ToList();
        var expected = File.ReadAllLines(Path.Combine(Fixtures.ReferenceData, "trade-partners.csv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')[0].ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, codes.Select(c => c.ToUpperInvariant()).ToList());
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/trade/orders/NO-SUCH-ORDER")]
    [InlineData("/compliance/counterparties/00000000-0000-0000-0000-000000000001")]
    public async Task UnknownPageOrRecord_ForAPerson_IsAnHtml404WithAWayBack(string path)
    {
        var client = await Factory.SignedInClientAsync("A", Role.ExportManager);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\":", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownApiRecord_StaysAProblemForPrograms()
    {
        var client = await Factory.TokenClientAsync("A", Role.Analyst);

        var response = await client.GetAsync("/api/trade/orders/NO-SUCH-ORDER");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Counterparties_WithNoListLoaded_AreNotScreenedOnListAndDetailAndTheGateRefuses()
    {
        var client = await Factory.SignedInClientAsync("A", Role.ComplianceOfficer);
        Guid[] ids = [];
        await Factory.ActAsync(Factory.OrganisationA, async sp => ids = await sp.GetRequiredService<CorridorDbContext>().Counterparties.Select(c => c.Id).ToArrayAsync());
        Assert.NotEmpty(ids);

        var list = await client.GetStringAsync("/compliance/counterparties");

        Assert.Contains("No sanctions list is loaded", list, StringComparison.Ordinal);
        Assert.DoesNotContain(">clear<", list, StringComparison.Ordinal);
        Assert.Equal(ids.Length, CountOf(list, "blocked: not screened"));
        var detail = await client.GetStringAsync($"/compliance/counterparties/{ids[0]}");
        Assert.DoesNotContain("clear: trade may proceed", detail, StringComparison.Ordinal);
        Assert.Contains("has not been screened against a sanctions list", detail, StringComparison.Ordinal);

        GateResult gate = null!;
        await Factory.ActAsync(Factory.OrganisationA, async sp => gate = await sp.GetRequiredService<IScreeningGate>().CheckAsync(ids));
        Assert.Equal(ids.Order(), gate.Blocks.Select(b => b.CounterpartyId).Distinct().Order());
    }

    [Fact]
    public async Task OrdersPage_ForAnAnalyst_HasNoWriteControls_AndTheServerRefusesTheWrite()
    {
        var analyst = await Factory.SignedInClientAsync("A", Role.Analyst);
        var before = await StatusAsync("DEMO-BY-SHAHIN");

        var orders = await analyst.GetStringAsync("/trade/orders");

        Assert.Contains("href=\"/trade/orders/DEMO-BY-SHAHIN\"", orders, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/trade/orders/", orders, StringComparison.Ordinal);
        Assert.DoesNotContain("New order", orders, StringComparison.Ordinal);
        Assert.DoesNotContain(">Confirm<", orders, StringComparison.Ordinal);
        var entry = await analyst.GetAsync("/trade/orders/new");
        Assert.Equal("/account/denied", entry.Headers.Location?.AbsolutePath);

        var order = await analyst.GetStringAsync("/trade/orders/DEMO-BY-SHAHIN");
        Assert.DoesNotContain("Confirm (books capacity)", order, StringComparison.Ordinal);
        var post = await PostFormAsync(analyst, "/trade/orders/DEMO-BY-SHAHIN", "/trade/orders/DEMO-BY-SHAHIN?handler=Confirm");
        Assert.Equal("/account/denied", post.Headers.Location?.AbsolutePath);
        Assert.Equal(before, await StatusAsync("DEMO-BY-SHAHIN"));
    }

    [Fact]
    public async Task OrderPage_ExportManagerConfirmsWithoutAnyList_IsRefusedForScreeningInHtml()
    {
        var manager = await Factory.SignedInClientAsync("A", Role.ExportManager);
        var orders = await manager.GetStringAsync("/trade/orders");
        Assert.Contains("New order", orders, StringComparison.Ordinal);
        Assert.Contains("data-confirm=\"Confirm order", orders, StringComparison.Ordinal);

        var response = await PostFormAsync(manager, "/trade/orders/DEMO-BY-SHAHIN", "/trade/orders/DEMO-BY-SHAHIN?handler=Confirm");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"errors\"", html, StringComparison.Ordinal);
        Assert.Contains("not been screened", html, StringComparison.Ordinal);
        Assert.NotEqual(OrderStatus.Confirmed, await StatusAsync("DEMO-BY-SHAHIN"));
    }

    [Fact]
    public async Task Layout_ShowsTheRoleAsWordsAndTasksForTheRole()
    {
        var officer = await Factory.SignedInClientAsync("A", Role.ComplianceOfficer);
        var html = await officer.GetStringAsync("/catalog/makers");

        Assert.Contains("Compliance officer", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">ComplianceOfficer<", html, StringComparison.Ordinal);
        Assert.Contains("Skip to content", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/compliance/review\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/trade/orders/new\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/favicon.svg")).StatusCode);
    }

    private static int CountOf(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    private async Task<OrderStatus> StatusAsync(string number)
    {
        var status = OrderStatus.Draft;
        await Factory.ActAsync(Factory.OrganisationA, async sp => status = await sp.GetRequiredService<CorridorDbContext>().Set<TradeOrder>().Where(o => o.Number == number).Select(o => o.Status).SingleAsync());
        return status;
    }
}
