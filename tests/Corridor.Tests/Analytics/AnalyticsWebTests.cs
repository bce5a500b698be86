using System.Net;
using System.Text.Json;
using Corridor.Analytics;
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
        Assert.Contains("arrive with Trade", html, StringComparison.Ordinal);
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
