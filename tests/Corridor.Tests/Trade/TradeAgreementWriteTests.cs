using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Import;
using Corridor.Organisations;
using Corridor.Tests.Support;
using Corridor.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Trade;

/// <summary><c>POST /api/trade/agreements</c> and <c>PUT /api/trade/agreements/{code}</c> through HTTP.</summary>
public sealed class TradeAgreementWriteTests(ReferenceDataApp app) : IClassFixture<ReferenceDataApp>
{
    private CorridorAppFactory Factory => app.Factory;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static object Terms(string? code, string from = "2026-01-01", string until = "2029-01-01", int shahinMax = 100, decimal shahinPrice = 11500m,
        string title = "Shahin supply to Belarus") => new
    {
        code,
        kind = "supply-contract",
        title,
        seller = "SAIPA",
        parties = new[] { new { partner = "SAIPA-BY-PARTNER", role = "buyer" } },
        from,
        until,
        valueCeiling = new { amount = 2_000_000m, currency = "USD" },
        quantityCeilings = new[] { new { label = "Shahin", items = new[] { "SHAHIN" }, productGroup = (string?)null, max = shahinMax } },
        prices = new[] { new { item = "SHAHIN", amount = shahinPrice, currency = "USD", itemKind = (string?)null } },
        incoterm = "CPT",
        paymentCurrency = "USD",
        paymentTerms = "letter of credit at sight",
    };

    [Fact]
    public async Task ExportManager_CreatesAndEditsAnAgreement_ThatShowsInGetWithItsBurnDown()
    {
        var client = await Factory.TokenClientAsync("A", Role.ExportManager);
        var created = await client.PostAsJsonAsync("/api/trade/agreements", Terms("T-AGR-1"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await JsonAsync(created);
        Assert.Equal("supplycontract", body.GetProperty("kind").GetString());
        Assert.Equal("draft", body.GetProperty("status").GetString());

        var got = await JsonAsync(await client.GetAsync("/api/trade/agreements/T-AGR-1"));
        Assert.Equal("Shahin supply to Belarus", got.GetProperty("title").GetString());
        Assert.Equal(2_000_000m, got.GetProperty("valueCeiling").GetProperty("amount").GetDecimal());
        Assert.Equal(100, got.GetProperty("quantityCeilings")[0].GetProperty("max").GetInt32());
        Assert.Contains("SHAHIN=11,500.00 USD", got.GetProperty("prices")[0].GetString(), StringComparison.Ordinal);
        Assert.Single(got.GetProperty("parties").EnumerateArray());

        // Active, an order under it confirmed: the burn-down shows it.
        await JsonAsync(await client.PostAsJsonAsync("/api/trade/agreements/T-AGR-1/status", new { status = "active" }));
        var order = new
        {
            number = "T-AGR-ORDER-1",
            agreement = "T-AGR-1",
            buyer = "SAIPA-BY-PARTNER",
            origin = "SAIPA-TEHRAN",
            delivery = "BY-MINSK",
            market = "BY",
            requestedDate = "2027-03-15",
            lines = new[] { new { itemKind = "model", item = "SHAHIN", quantity = 5, unitPrice = (decimal?)null } },
        };
        await JsonAsync(await client.PostAsJsonAsync("/api/trade/orders", order));
        await JsonAsync(await client.PostAsJsonAsync("/api/trade/orders/T-AGR-ORDER-1/confirm", new { }));
        var burn = await JsonAsync(await client.GetAsync("/api/trade/agreements/T-AGR-1/burn-down"));
        Assert.Contains(burn.GetProperty("orders").EnumerateArray(), o => o.GetProperty("order").GetString() == "T-AGR-ORDER-1");
        Assert.Equal(57_500m, burn.GetProperty("agreement").GetProperty("committed").GetProperty("amount").GetDecimal());
        Assert.Equal(5, burn.GetProperty("agreement").GetProperty("quantityCeilings")[0].GetProperty("committed").GetInt32());

        // Edit: new title, period, ceiling and price; the ceiling keeps what is committed.
        var edited = await JsonAsync(await client.PutAsJsonAsync("/api/trade/agreements/T-AGR-1",
            Terms(null, until: "2030-01-01", shahinMax: 200, shahinPrice: 11800m, title: "Shahin supply to Belarus, extended")));
        Assert.Equal("Shahin supply to Belarus, extended", edited.GetProperty("title").GetString());
        Assert.Equal("2030-01-01", edited.GetProperty("until").GetString());
        Assert.Equal("active", edited.GetProperty("status").GetString());
        var ceiling = edited.GetProperty("quantityCeilings")[0];
        Assert.Equal(200, ceiling.GetProperty("max").GetInt32());
        Assert.Equal(5, ceiling.GetProperty("committed").GetInt32());
        Assert.Contains("SHAHIN=11,800.00 USD", edited.GetProperty("prices")[0].GetString(), StringComparison.Ordinal);

        burn = await JsonAsync(await client.GetAsync("/api/trade/agreements/T-AGR-1/burn-down"));
        Assert.Equal(200, burn.GetProperty("agreement").GetProperty("quantityCeilings")[0].GetProperty("max").GetInt32());
        Assert.Equal(57_500m, burn.GetProperty("agreement").GetProperty("committed").GetProperty("amount").GetDecimal());
        Assert.Single(burn.GetProperty("orders").EnumerateArray());

        // The agreement decides what it allows: not below what is committed, and nothing once closed.
        var below = await client.PutAsJsonAsync("/api/trade/agreements/T-AGR-1", Terms(null, shahinMax: 4));
        Assert.Equal(HttpStatusCode.BadRequest, below.StatusCode);
        Assert.True(JsonDocument.Parse(await below.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("quantityCeilings", out _));
        await JsonAsync(await client.PostAsJsonAsync("/api/trade/agreements/T-AGR-1/status", new { status = "closed" }));
        Assert.Equal(HttpStatusCode.Conflict, (await client.PutAsJsonAsync("/api/trade/agreements/T-AGR-1", Terms(null))).StatusCode);
    }

    [Fact]
    public async Task Writes_ByAnAnalyst_AreRefused()
    {
        var analyst = await Factory.TokenClientAsync("A", Role.Analyst);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/trade/agreements", Terms("T-AGR-ANALYST"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PutAsJsonAsync("/api/trade/agreements/SAIPA-BY-2023", Terms(null))).StatusCode);
    }

    [Fact]
    public async Task Put_OnAnotherOrganisationsAgreement_Is404()
    {
        var b = await Factory.TokenClientAsync("B", Role.ExportManager);
        Assert.Equal(HttpStatusCode.NotFound, (await b.PutAsJsonAsync("/api/trade/agreements/SAIPA-BY-2023", Terms(null))).StatusCode);
    }

    [Fact]
    public async Task Create_WithUntilBeforeFrom_Is400NamingTheField()
    {
        var client = await Factory.TokenClientAsync("A", Role.ExportManager);
        var response = await client.PostAsJsonAsync("/api/trade/agreements", Terms("T-AGR-PERIOD", from: "2027-01-01", until: "2026-01-01"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("until", out var until), errors.ToString());
        Assert.Contains("2026-01-01", until[0].GetString(), StringComparison.Ordinal);

        var put = await client.PutAsJsonAsync("/api/trade/agreements/SAIPA-BY-2023", Terms(null, from: "2027-01-01", until: "2026-01-01"));
        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.True(JsonDocument.Parse(await put.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("until", out _));
    }

    [Fact]
    public async Task Create_WithAnExistingCode_Is409()
    {
        var client = await Factory.TokenClientAsync("A", Role.ExportManager);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/trade/agreements", Terms("T-AGR-DUP"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync("/api/trade/agreements", Terms("t-agr-dup"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync("/api/trade/agreements", Terms("SAIPA-BY-2023"))).StatusCode);
    }
}
