using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Import;
using Corridor.Organisations;
using Corridor.Tests.Support;
using Corridor.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Trade;

public sealed class TradeApiTests(ReferenceDataApp app) : IClassFixture<ReferenceDataApp>
{
    private CorridorAppFactory Factory => app.Factory;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static object NewOrder(string number, int shahin) => new
    {
        number,
        agreement = "SAIPA-BY-2023",
        buyer = "SAIPA-BY-PARTNER",
        origin = "SAIPA-TEHRAN",
        delivery = "BY-MINSK",
        market = "BY",
        requestedDate = "2027-03-15",
        lines = new[] { new { itemKind = "model", item = "SHAHIN", quantity = shahin, unitPrice = (decimal?)null } },
    };

    [Theory]
    [InlineData("/api/trade/orders/DEMO-BY-SHAHIN")]
    [InlineData("/api/trade/orders/DEMO-BY-SHAHIN/promise")]
    [InlineData("/api/trade/agreements/SAIPA-BY-2023")]
    [InlineData("/api/trade/agreements/SAIPA-BY-2023/burn-down")]
    public async Task Read_OfAnotherOrganisationsOrderOrAgreement_Is404(string path)
    {
        var b = await Factory.TokenClientAsync("B", Role.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync(path)).StatusCode);
        var a = await Factory.TokenClientAsync("A", Role.Analyst);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Confirm_OfAnotherOrganisationsOrder_Is404()
    {
        var b = await Factory.TokenClientAsync("B", Role.ExportManager);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsJsonAsync("/api/trade/orders/DEMO-BY-SHAHIN/confirm", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PostAsJsonAsync("/api/trade/orders/DEMO-BY-SHAHIN/cancel", new { reason = "x" })).StatusCode);
    }

    [Fact]
    public async Task Writes_ByAnAnalyst_AreRefused()
    {
        var analyst = await Factory.TokenClientAsync("A", Role.Analyst);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/trade/orders", NewOrder("T-ANALYST", 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/trade/orders/DEMO-BY-SHAHIN/confirm", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/trade/agreements/SAIPA-BY-2023/status", new { status = "closed" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/trade/orders/preview", NewOrder("T-ANALYST", 1))).StatusCode);
    }

    [Fact]
    public async Task Promise_ThroughHttp_HasLinesBlockersRoutesAndLandedCostInRoubles()
    {
        var client = await Factory.TokenClientAsync("A", Role.Analyst);
        var p = await JsonAsync(await client.GetAsync("/api/trade/orders/DEMO-RU-SAMAND/promise"));
        Assert.False(p.GetProperty("canConfirm").GetBoolean());
        Assert.Contains(p.GetProperty("blockers").EnumerateArray(), b => b.GetProperty("kind").GetString() == "market_access");
        Assert.Equal(500, p.GetProperty("lines")[0].GetProperty("quantity").GetInt32());
        Assert.Equal("RUB", p.GetProperty("landedCost").GetProperty("currency").GetString());
        Assert.True(p.GetProperty("routes").GetArrayLength() > 0);
    }

    [Fact]
    public async Task CreateConfirmAndBurnDown_ThroughHttp_WorkForAnExportManager()
    {
        var client = await Factory.TokenClientAsync("A", Role.ExportManager);
        var created = await JsonAsync(await client.PostAsJsonAsync("/api/trade/orders", NewOrder("T-API-1", 5)));
        Assert.Equal(12000m, created.GetProperty("lines")[0].GetProperty("unitPrice").GetDecimal());
        var preview = await JsonAsync(await client.PostAsJsonAsync("/api/trade/orders/preview", NewOrder(null!, 5)));
        Assert.True(preview.GetProperty("canConfirm").GetBoolean(), preview.ToString());

        var confirmed = await JsonAsync(await client.PostAsJsonAsync("/api/trade/orders/T-API-1/confirm", new { }));
        Assert.Equal("confirmed", confirmed.GetProperty("status").GetString());
        var burn = await JsonAsync(await client.GetAsync("/api/trade/agreements/SAIPA-BY-2023/burn-down"));
        Assert.Contains(burn.GetProperty("orders").EnumerateArray(), o => o.GetProperty("order").GetString() == "T-API-1");
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync("/api/trade/orders/T-API-1/deliver", new { })).StatusCode);
        Assert.Equal("in-transit", (await JsonAsync(await client.PostAsJsonAsync("/api/trade/orders/T-API-1/dispatch", new { }))).GetString());
    }

    [Fact]
    public async Task Confirm_OfABlockedOrder_Is409WithEveryReason()
    {
        var client = await Factory.TokenClientAsync("A", Role.ExportManager);
        var response = await client.PostAsJsonAsync("/api/trade/orders/DEMO-BY-SCREENING/confirm", new { });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("not been screened", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_WithoutARate_Is422NamingPairAndDay()
    {
        var client = await Factory.TokenClientAsync("A", Role.Analyst);
        var ok = await JsonAsync(await client.GetAsync("/api/trade/convert?amount=100&from=USD&to=RUB&day=2026-11-23"));
        Assert.Equal(8100m, ok.GetProperty("amount").GetDecimal());
        var missing = await client.GetAsync("/api/trade/convert?amount=100&from=USD&to=RUB&day=2010-01-01");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        var text = await missing.Content.ReadAsStringAsync();
        Assert.Contains("USD/RUB", text, StringComparison.Ordinal);
        Assert.Contains("2010-01-01", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Targets_ThroughHttp_ShowProgress()
    {
        var client = await Factory.TokenClientAsync("A", Role.Analyst);
        var targets = await JsonAsync(await client.GetAsync("/api/trade/targets"));
        Assert.Contains(targets.EnumerateArray(), t => t.GetProperty("code").GetString() == "VE-REQUESTS" && t.GetProperty("achieved").GetDecimal() == 1000m);
    }
}
