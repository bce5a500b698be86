using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using Corridor.Analytics;
using Corridor.Common;
using Corridor.Storage;
using Corridor.Trade;
using Microsoft.EntityFrameworkCore;
using Corridor.Import;
using Corridor.Organisations;
using Corridor.Tests.Support;
using Corridor.Tests.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Analytics;

/// <summary>The dashboard page, its CSV and drill-down, the API and the report through the web host; organisation A has a generated history, B has none.</summary>
public sealed class AnalyticsWebTests(CorridorAppFactory app) : IClassFixture<CorridorAppFactory>, IAsyncLifetime
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static readonly HashSet<Guid> Seeded = [];

    public async Task InitializeAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (Seeded.Add(app.OrganisationA))
            {
                await app.ActAsync(app.OrganisationA, async sp =>
                {
                    var result = await sp.GetRequiredService<ImportRunner>().RunAsync(Fixtures.ReferenceData);
                    Assert.True(result.Succeeded, string.Join("\n", result.Errors));
                    await sp.GetRequiredService<HistoryService>().GenerateAsync(new DateOnly(2023, 1, 1), new DateOnly(2024, 1, 1), 0.1, 5);
                    await DeliveredOrderAsync(sp.GetRequiredService<CorridorDbContext>());
                });
            }
        }
        finally
        {
            Once.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Dashboard_WithHistory_ShowsChartsMapTablesAndReportedFigures()
    {
        var client = await app.SignedInClientAsync("A", Role.Analyst);
        var html = await client.GetStringAsync("/analytics?from=2023-01&to=2023-12");
        Assert.Contains("id=\"chart-vehicles\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"corridor-map\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"table-utilisation\"", html, StringComparison.Ordinal);
        Assert.Contains("(reported)", html, StringComparison.Ordinal);
        Assert.Contains("id=\"table-agreements\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-agreements\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-burndown\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"table-receivables\"", html, StringComparison.Ordinal);
        Assert.Contains("/analytics/orders?", html, StringComparison.Ordinal);
        Assert.DoesNotContain("arrive with Trade", html, StringComparison.Ordinal);
        Assert.Contains("/analytics/lines?", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_OtherOrganisation_SeesNoLinesOfA()
    {
        var client = await app.SignedInClientAsync("B", Role.Analyst);
        var html = await client.GetStringAsync("/analytics?from=2023-01&to=2023-12");
        Assert.Contains("No shipment lines", html, StringComparison.Ordinal);
        var lines = JsonDocument.Parse(await client.GetStringAsync("/api/analytics/lines?from=2023-01-01&until=2024-01-01"));
        Assert.Equal(0, lines.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task TradeFigures_OtherOrganisation_SeesNoneOfAsAgreementsOrOrders()
    {
        var a = await app.SignedInClientAsync("A", Role.Analyst);
        var b = await app.SignedInClientAsync("B", Role.Analyst);
        const string Query = "from=2023-01-01&until=2024-01-01";
        Assert.Contains(JsonDocument.Parse(await a.GetStringAsync("/api/analytics/agreements?" + Query)).RootElement.EnumerateArray(), e => e.GetProperty("code").GetString() == "MOU-RU-2022");
        Assert.Equal(0, JsonDocument.Parse(await b.GetStringAsync("/api/analytics/agreements?" + Query)).RootElement.GetArrayLength());
        var receivables = JsonDocument.Parse(await a.GetStringAsync("/api/analytics/receivables?" + Query)).RootElement;
        Assert.Equal(1, receivables.GetArrayLength());
        Assert.Equal(7 * 16_000.5m + 3 * 42.25m, receivables[0].GetProperty("amount").GetDecimal());
        Assert.Equal(0, JsonDocument.Parse(await b.GetStringAsync("/api/analytics/receivables?" + Query)).RootElement.GetArrayLength());
        Assert.Equal(1, JsonDocument.Parse(await a.GetStringAsync("/api/analytics/orders?" + Query + "&agreement=MOU-RU-2022")).RootElement.GetArrayLength());
        Assert.Equal(0, JsonDocument.Parse(await b.GetStringAsync("/api/analytics/orders?" + Query + "&agreement=MOU-RU-2022")).RootElement.GetArrayLength());
        Assert.Contains("ANA-WEB-1", await a.GetStringAsync("/analytics/orders?from=2023-01&to=2023-12&agreement=MOU-RU-2022"), StringComparison.Ordinal);
        Assert.DoesNotContain("ANA-WEB-1", await b.GetStringAsync("/analytics/orders?from=2023-01&to=2023-12&agreement=MOU-RU-2022"), StringComparison.Ordinal);
        Assert.DoesNotContain("ANA-WEB-1", await b.GetStringAsync("/analytics/orders?from=2023-01&to=2023-12&handler=csv"), StringComparison.Ordinal);
        var bad = await a.GetAsync("/api/analytics/orders?" + Query + "&status=paid");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("status", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_AgreementsTable_HoldsTheCommittedValueOfTheDeliveredOrder()
    {
        var client = await app.SignedInClientAsync("A", Role.Analyst);
        var csv = (await client.GetStringAsync("/analytics?handler=csv&table=agreements&from=2023-01&to=2023-12")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("agreement,title,seller,", csv[0], StringComparison.Ordinal);
        var mou = csv.Single(l => l.StartsWith("MOU-RU-2022,", StringComparison.Ordinal));
        Assert.Contains(",USD,300000000,112050,112050,299887950,", mou, StringComparison.Ordinal);
    }

    /// <summary>One order of A under the reference MoU, confirmed at $112,050 of its ceiling and delivered (prices with cents).</summary>
    private static async Task DeliveredOrderAsync(CorridorDbContext db)
    {
        var mou = await db.Set<Agreement>().SingleAsync(x => x.Code == "MOU-RU-2022");
        var buyer = await db.Set<TradePartner>().SingleAsync(p => p.Code == "RU-AUTO-IMPORT");
        var at = new DateTimeOffset(2023, 5, 2, 9, 0, 0, TimeSpan.Zero);
        var order = new TradeOrder("ANA-WEB-1", mou.Id, buyer.CounterpartyId, null, "IKCO-TEHRAN", "RU-MOSCOW", CountryCode.Parse("RU"), new DateOnly(2023, 5, 2), new DateOnly(2023, 7, 1),
            Incoterm.CPT, Currency.USD, "test", at);
        Assert.True(order.AddLine(OrderItemKind.Model, "TARA", 7, 16_000.5m, "test", at).Succeeded);
        Assert.True(order.AddLine(OrderItemKind.Part, "IKCO-RAD-001", 3, 42.25m, "test", at).Succeeded);
        Assert.True(order.Promise("test", at).Succeeded);
        Assert.True(order.Confirm(11_205_000, "test", at).Succeeded);
        Assert.True(order.Dispatch("test", at).Succeeded);
        Assert.True(order.Deliver("test", at).Succeeded);
        db.Add(order);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Csv_MarketsTable_IsTheApiTotals()
    {
        var client = await app.SignedInClientAsync("A", Role.Analyst);
        var response = await client.GetAsync("/analytics?handler=csv&table=markets&from=2023-01&to=2023-12");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("market,lines,units,weight_kg,value_usd", csv[0]);
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/analytics/exports?from=2023-01-01&until=2024-01-01&granularity=Year&by=market"));
        var unitsByMarket = api.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("market").GetString()!, e => e.GetProperty("units").GetInt64());
        Assert.Equal(unitsByMarket.Count, csv.Length - 1);
        Assert.All(csv.Skip(1), row => Assert.Equal(unitsByMarket[row.Split(',')[0]], long.Parse(row.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task DrillDown_Lines_MatchTheFilter()
    {
        var client = await app.SignedInClientAsync("A", Role.Analyst);
        var html = await client.GetStringAsync("/analytics/lines?from=2023-04&to=2023-06&market=BY");
        Assert.Contains("id=\"lines\"", html, StringComparison.Ordinal);
        var lines = JsonDocument.Parse(await client.GetStringAsync("/api/analytics/lines?from=2023-04-01&until=2023-07-01&market=BY&limit=1000")).RootElement;
        Assert.True(lines.GetArrayLength() > 0);
        Assert.All(lines.EnumerateArray(), l =>
        {
            Assert.Equal("BY", l.GetProperty("market").GetString());
            var ship = DateOnly.Parse(l.GetProperty("shipDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(ship, new DateOnly(2023, 4, 1), new DateOnly(2023, 6, 30));
        });
    }

    [Fact]
    public async Task Api_ExportsInAnUnknownOrUnratedCurrency_IsAValidationProblemNamingCurrency()
    {
        var client = await app.SignedInClientAsync("A", Role.Analyst);

        var unknown = await client.GetAsync("/api/analytics/exports?from=2023-01-01&until=2024-01-01&currency=XYZ");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("currency", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The reference data has no CHF rate at all, and organisation A shipped in 2023.
        var unrated = await client.GetAsync("/api/analytics/exports?from=2023-01-01&until=2024-01-01&currency=CHF");
        var body = await unrated.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, unrated.StatusCode);
        Assert.Contains("USD/CHF", body, StringComparison.Ordinal);

        var rubResponse = await client.GetAsync("/api/analytics/exports?from=2023-01-01&until=2024-01-01&granularity=Year&currency=RUB");
        Assert.True(rubResponse.IsSuccessStatusCode, await rubResponse.Content.ReadAsStringAsync());
        var rub = await rubResponse.Content.ReadFromJsonAsync<List<ExportRow>>();
        var usd = await client.GetFromJsonAsync<List<ExportRow>>("/api/analytics/exports?from=2023-01-01&until=2024-01-01&granularity=Year");
        Assert.NotNull(rub);
        Assert.NotNull(usd);
        Assert.All(rub, r => Assert.Equal("RUB", r.Currency));
        Assert.Equal(usd.Sum(r => r.Units), rub.Sum(r => r.Units));
        // 2023's USD/RUB rates in the reference data lie between 70 and 100 roubles: kopecks are 70–100 × US cents.
        Assert.InRange(rub.Sum(r => r.Value), usd.Sum(r => r.Value) * 60, usd.Sum(r => r.Value) * 110);
    }

    [Fact]
    public async Task Api_BadDate_IsAValidationProblem()
    {
        var client = await app.SignedInClientAsync("A", Role.Analyst);
        var response = await client.GetAsync("/api/analytics/exports?from=2023-13-01");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("from", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Pdf_FromThePage_IsAPdfWithPages()
    {
        var client = await app.SignedInClientAsync("A", Role.Analyst);
        var response = await client.GetAsync("/analytics?handler=report&format=pdf&from=2023-01&to=2023-12");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(PdfPages(pdf) >= 2, $"{PdfPages(pdf)} pages");
    }

    internal static int PdfPages(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?!s)").Count;
}
