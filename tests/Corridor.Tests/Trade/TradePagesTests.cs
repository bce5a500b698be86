using System.Net;
using Corridor.Organisations;
using Corridor.Tests.Web;

namespace Corridor.Tests.Trade;

/// <summary>The trade pages, server-rendered, on the reference data (shares the API tests' seeded application).</summary>
public sealed class TradePagesTests(ReferenceDataApp app) : IClassFixture<ReferenceDataApp>
{
    [Fact]
    public async Task AgreementPage_ShowsTheBurnDownChartAsSvg()
    {
        var client = await app.Factory.SignedInClientAsync("A", Role.Analyst);
        var html = await client.GetStringAsync("/trade/agreements/MOU-RU-2022");
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("ceiling 300M USD", html, StringComparison.Ordinal);
        Assert.Contains("80 % warning", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgreementPage_OfAnotherOrganisation_Is404()
    {
        var client = await app.Factory.SignedInClientAsync("B", Role.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/trade/agreements/MOU-RU-2022")).StatusCode);
    }

    [Theory]
    [InlineData("/trade/agreements", "SAIPA-BY-2023")]
    [InlineData("/trade/orders", "DEMO-RU-SAMAND")]
    [InlineData("/trade/orders/new", "/api/trade/orders/preview")]
    [InlineData("/trade/targets", "VE-REQUESTS")]
    public async Task Pages_RenderTheirData(string path, string expected)
    {
        var client = await app.Factory.SignedInClientAsync("A", Role.ExportManager);
        var html = await client.GetStringAsync(path);
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }
}
