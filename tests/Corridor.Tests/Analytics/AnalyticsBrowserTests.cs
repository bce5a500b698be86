using System.Globalization;
using Corridor.Analytics;
using Corridor.Cli;
using Corridor.Common;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Browser;
using Corridor.Trade;
using Corridor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Corridor.Tests.Support;

namespace Corridor.Tests.Analytics;

/// <summary>
/// The programme dashboard in headless Chromium on the demo database, with a generated 2023 history and one delivered
/// order under the reference MoU. Every figure the page shows is recomputed here from the rows in the database.
/// </summary>
public sealed class AnalyticsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private List<ShipmentLine> _lines = [];

    public async Task InitializeAsync()
    {
        await using var services = CliServices.Create(fixture.Database.Location.Display);
        await using var scope = await services.ScopeAsync(DemoCommand.OrganisationCode, default);
        await scope.ServiceProvider.GetRequiredService<HistoryService>().GenerateAsync(new DateOnly(2023, 1, 1), new DateOnly(2024, 1, 1), 0.1, 3);
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var mou = await db.Set<Agreement>().SingleAsync(x => x.Code == "MOU-RU-2022");
        var buyer = await db.Set<TradePartner>().SingleAsync(p => p.Code == "RU-AUTO-IMPORT");
        var at = new DateTimeOffset(2023, 6, 5, 9, 0, 0, TimeSpan.Zero);
        var order = new TradeOrder("BROWSER-RU-1", mou.Id, buyer.CounterpartyId, null, "IKCO-TEHRAN", "RU-MOSCOW", CountryCode.Parse("RU"), new DateOnly(2023, 6, 5), new DateOnly(2023, 8, 1),
            Incoterm.CPT, Currency.USD, "test", at);
        Assert.True(order.AddLine(OrderItemKind.Model, "TARA", 1_000, 15_000m, "test", at).Succeeded);
        Assert.True(order.Promise("test", at).Succeeded);
        Assert.True(order.Confirm(1_500_000_000, "test", at).Succeeded);
        Assert.True(order.Dispatch("test", at).Succeeded);
        db.Add(order);
        await db.SaveChangesAsync();
        _lines = await db.Set<ShipmentLine>().AsNoTracking().ToListAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Dashboard_ChartsFilterDrillDownAndCsv_MatchTheDatabase()
    {
        var page = await fixture.SignedInPageAsync(Role.Analyst);
        await page.WaitForURLAsync("**/catalog/models");
        await page.GotoAsync(fixture.BaseUrl + "/analytics?from=2023-01&to=2023-12");

        // The vehicles chart: one bar per month, each bar's tooltip the month's vehicle units.
        var all = VehiclesByMonth(_lines);
        Assert.True(all.Count >= 10, $"{all.Count} months with vehicles");
        Assert.Equal(all, await BarsAsync(page, "#chart-vehicles"));
        Assert.Equal(all.Values.Sum().ToString("#,##0", Inv), await page.Locator(".kpi", new PageLocatorOptions { HasText = "Vehicles exported" }).Locator("b").InnerTextAsync());

        // Burn-down and receivables: the in-transit order under the MoU ($15M of the $300M ceiling).
        await page.Locator("#chart-agreements").WaitForAsync();
        await page.Locator("#chart-burndown path").First.WaitForAsync();
        var mou = page.Locator("#table-agreements tbody tr", new PageLocatorOptions { HasText = "MOU-RU-2022" });
        var cells = (await mou.Locator("td").AllInnerTextsAsync()).Select(c => c.Trim()).ToArray();
        Assert.Equal(["300,000,000.00", "15,000,000.00", "0.00", "285,000,000.00", "5.0 %", "1"], cells[5..]);
        Assert.Equal(["USD", "in-transit", "1", "15,000,000.00"], (await page.Locator("#table-receivables tbody tr td").AllInnerTextsAsync()).Take(4).Select(s => s.Trim()).ToArray());

        // CSV download of the markets table: every market's units and value as in the database.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("section:has(#table-markets) h2 a").ClickAsync());
        var csv = (await File.ReadAllTextAsync((await download.PathAsync())!)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("market,lines,units,weight_kg,value_usd", csv[0]);
        var byMarket = _lines.GroupBy(l => l.Market).ToDictionary(g => g.Key, g => $"{g.Count()},{g.Sum(l => (long)l.Units)},{g.Sum(l => l.WeightKg)},{(g.Sum(l => l.ValueUsdCents) / 100m).ToString(Inv)}");
        Assert.Equal(byMarket.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "," + kv.Value), csv.Skip(1).Order(StringComparer.Ordinal));

        // Filter on Russia: the chart now shows Russia's vehicles only.
        await page.SelectOptionAsync("select[name=market]", "RU");
        await page.ClickAsync("#analytics-filters button[type=submit]");
        await page.WaitForURLAsync("**market=RU**");
        var russia = VehiclesByMonth(_lines.Where(l => l.Market == "RU"));
        Assert.NotEqual(all, russia);
        Assert.Equal(russia, await BarsAsync(page, "#chart-vehicles"));

        // Drill down from the first Russian bar to the lines behind it.
        var first = russia.Keys.First();
        await BrowserLinks.FollowAsync(page, page.Locator("#chart-vehicles a").First);
        await page.WaitForURLAsync("**/analytics/lines?**");
        var expected = _lines.Where(l => l.Market == "RU" && l.ItemKind == ShipmentItemKind.Model && AnalyticsPeriod.Label(l.ShipMonth, Granularity.Month) == first).ToList();
        Assert.Equal(Math.Min(500, expected.Count), await page.Locator("#lines tbody tr").CountAsync());
        var units = (await page.Locator("#lines tbody tr td:nth-child(11)").AllInnerTextsAsync()).Sum(t => long.Parse(t, NumberStyles.AllowThousands, Inv));
        Assert.Equal(expected.Sum(l => (long)l.Units), units);

        // Drill down from the agreement to the order behind its burn-down.
        await page.GoBackAsync();
        await BrowserLinks.FollowAsync(page, page.Locator("#table-agreements a", new PageLocatorOptions { HasText = "MOU-RU-2022" }));
        await page.WaitForURLAsync("**/analytics/orders?**agreement=MOU-RU-2022**");
        Assert.Equal(["BROWSER-RU-1"], await page.Locator("#orders tbody tr td:first-child").AllInnerTextsAsync());
    }

    /// <summary>Vehicle units per month label, months in order.</summary>
    private static Dictionary<string, long> VehiclesByMonth(IEnumerable<ShipmentLine> lines) =>
        lines.Where(l => l.ItemKind == ShipmentItemKind.Model).GroupBy(l => l.ShipMonth).OrderBy(g => g.Key)
            .ToDictionary(g => AnalyticsPeriod.Label(g.Key, Granularity.Month), g => g.Sum(l => (long)l.Units));

    /// <summary>The bars of a chart as (label, value) from their tooltips ("2023-01: 1,234 units").</summary>
    private static async Task<Dictionary<string, long>> BarsAsync(IPage page, string chart)
    {
        await page.Locator(chart).WaitForAsync();
        var titles = await page.Locator(chart + " rect title").AllTextContentsAsync();
        return titles.Select(t => t.Split(": ", 2)).ToDictionary(p => p[0], p => long.Parse(p[1].Split(' ')[0], NumberStyles.AllowThousands, Inv));
    }
}
