using System.Globalization;
using System.Text;
using Corridor.Logistics;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Logistics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Corridor.Tests.Support;

namespace Corridor.Tests.Browser;

/// <summary>The logistics pages in headless Chromium: book and cancel on a departure, run a plan, compare two scenarios.</summary>
public sealed class LogisticsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly DateOnly Ready = new(2027, 4, 5);

    [Fact]
    public async Task Departure_PlannerBooksAndCancels_FreeCapacityDropsAndComesBack_AnalystIsReadOnly()
    {
        var page = await fixture.SignedInPageAsync(Role.LogisticsPlanner);
        await page.WaitForURLAsync("**/catalog/models");
        await page.GotoAsync(fixture.BaseUrl + "/logistics");
        await BrowserLinks.FollowAsync(page, page.Locator("nav.subnav a:text('Bookings per departure')"));
        await page.WaitForURLAsync("**/logistics/departures");
        await page.SelectOptionAsync("select[name=service]", "ANZ-MKH-RORO");
        await page.ClickAsync("form.filters button");
        await page.WaitForURLAsync("**/logistics/departures?**service=ANZ-MKH-RORO**");

        // The third sailing: nothing else in this fixture books on it.
        var row = page.Locator("#departures tbody tr").Nth(2);
        var id = await row.GetAttributeAsync("data-departure");
        var capacity = Int(await row.Locator("td").Nth(6).InnerTextAsync());
        var booked = Int(await row.Locator("td").Nth(7).InnerTextAsync());
        var free = Int(await row.Locator("td.free").InnerTextAsync());
        Assert.Equal(capacity - booked, free);

        await BrowserLinks.FollowAsync(page, row.Locator("a"));
        await page.WaitForURLAsync($"**/logistics/departures/{id}");
        Assert.Equal(free, Int(await page.InnerTextAsync("#free")));
        await page.FillAsync("#book input[name=Vehicles]", "7");
        await page.FillAsync("#book input[name=Reference]", "BROWSER-7");
        await page.ClickAsync("#book button[type=submit]");
        await page.Locator("[role=status]").WaitForAsync();

        Assert.Contains("Booked 7 vehicles as BROWSER-7", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        Assert.Equal(free - 7, Int(await page.InnerTextAsync("#free")));
        Assert.Equal(booked + 7, Int(await page.InnerTextAsync("#booked")));
        Assert.Contains("BROWSER-7", await page.InnerTextAsync("#bookings"), StringComparison.Ordinal);

        // Too much for what is left is refused with the reason, and nothing changes.
        await page.FillAsync("#book input[name=Vehicles]", (free - 7 + 1).ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#book input[name=Reference]", "BROWSER-TOO-MANY");
        await page.ClickAsync("#book button[type=submit]");
        await page.Locator("[role=alert]").WaitForAsync();
        Assert.Contains($"needs {free - 6} vehicles and {free - 7} are free", await page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        Assert.Equal(free - 7, Int(await page.InnerTextAsync("#free")));

        // The list shows the drop too, with the organisation's share.
        await page.GotoAsync(fixture.BaseUrl + "/logistics/departures?service=ANZ-MKH-RORO");
        var listed = page.Locator($"#departures tr[data-departure='{id}']");
        Assert.Equal(free - 7, Int(await listed.Locator("td.free").InnerTextAsync()));
        Assert.Equal(7, Int(await listed.Locator("td").Last.InnerTextAsync()));

        // An analyst of the same organisation sees the booking but cannot book or cancel.
        var analyst = await fixture.SignedInPageAsync(Role.Analyst);
        await analyst.WaitForURLAsync("**/catalog/models");
        await analyst.GotoAsync($"{fixture.BaseUrl}/logistics/departures/{id}");
        Assert.Contains("BROWSER-7", await analyst.InnerTextAsync("#bookings"), StringComparison.Ordinal);
        Assert.Equal(0, await analyst.Locator("#book").CountAsync());
        Assert.Equal(0, await analyst.Locator("#bookings button").CountAsync());
        Assert.Contains("read only", await analyst.InnerTextAsync("main"), StringComparison.Ordinal);

        // The planner cancels after confirming; the room comes back.
        await page.GotoAsync($"{fixture.BaseUrl}/logistics/departures/{id}");
        string? asked = null;
        page.Dialog += async (_, d) => { asked = d.Message; await d.AcceptAsync(); };
        await page.ClickAsync("#bookings button[aria-label='Cancel BROWSER-7']");
        await page.Locator("[role=status]").WaitForAsync();
        Assert.Contains("Cancelled BROWSER-7; 7 vehicles released", await page.InnerTextAsync("[role=status]"), StringComparison.Ordinal);
        Assert.Contains("Cancel booking BROWSER-7?", asked, StringComparison.Ordinal);
        Assert.Equal(free, Int(await page.InnerTextAsync("#free")));
    }

    [Fact]
    public async Task Plan_UploadedDemandAboveCapacity_ShowsUnmetDemandAndBottlenecksWithinCapacity()
    {
        const int demand = 20_000;
        var page = await fixture.SignedInPageAsync(Role.LogisticsPlanner);
        await page.WaitForURLAsync("**/catalog/models");
        await page.GotoAsync(fixture.BaseUrl + "/logistics/plan");
        var csv = $"from,to,vehicles,tonnes,week,due\nIKCO-TEHRAN,RU-MOSCOW,{demand},,{Ready:yyyy-MM-dd},{Ready.AddDays(20):yyyy-MM-dd}\n";
        await page.SetInputFilesAsync("#plan input[type=file]", new FilePayload { Name = "big-week.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.ClickAsync("#plan button[type=submit]");
        await page.Locator("#demands").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

        Assert.Contains("big-week.csv", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        var shipped = (await page.Locator("#flows td.quantity").AllInnerTextsAsync()).Sum(Num);
        var unmet = (await page.Locator("#unmet td.quantity").AllInnerTextsAsync()).Sum(Num);
        Assert.True(shipped > 0, "some of the demand should move");
        Assert.True(unmet > 0, "20,000 vehicles in one week is more than the corridor carries");
        Assert.Equal(demand, shipped + unmet, 2);
        Assert.Equal(unmet, Num(await page.InnerTextAsync("#demands td.unmet")), 2);

        // Capacity is respected on every link-week shown, and the full ones carry a marginal value.
        var capacities = await page.Locator("#utilisation td.capacity").AllInnerTextsAsync();
        var used = await page.Locator("#utilisation td.used").AllInnerTextsAsync();
        Assert.NotEmpty(used);
        Assert.All(capacities.Zip(used), p => Assert.True(Num(p.Second) <= Num(p.First) + 1e-3, $"used {p.Second} > capacity {p.First}"));
        Assert.Contains((await page.Locator("#bottlenecks td.marginal").AllInnerTextsAsync()).Select(Num), v => v > 0);
    }

    [Fact]
    public async Task Scenarios_LinkOfTheBestRouteClosed_ComparisonShowsAnotherRoute()
    {
        // The baseline's best route, found here from the reference files, not from the server.
        var request = new RouteRequest("IKCO-TEHRAN", "RU-MOSCOW", Cargo.Vehicles(100), Ready);
        var best = RouteFinder.Find(ReferenceNetwork.Graph(), request).Options[0];
        var baselineRoute = string.Join(" > ", best.Legs.Select(l => l.From).Append(best.Legs[^1].To));
        var leg = best.Legs[0];
        var link = ReferenceNetwork.Definition.Links.First(l => l.Mode == leg.Mode &&
            ((l.FromCode == leg.From && l.ToCode == leg.To) || (l.FromCode == leg.To && l.ToCode == leg.From)));
        var name = $"CLOSE-{Guid.NewGuid():N}"[..20].ToUpperInvariant();
        await using (var scope = fixture.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorContext>().Set(null, null, "test-setup");
            var saved = await scope.ServiceProvider.GetRequiredService<ScenarioStore>().SaveAsync(name, "first leg of the best route closed",
                [new ScenarioChange(ScenarioChangeKind.LinkClosed) { From = link.FromCode, To = link.ToCode, Mode = link.Mode, ClosedFrom = new DateOnly(2027, 1, 1), ClosedUntil = new DateOnly(2028, 1, 1) }]);
            Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
        }

        var page = await fixture.SignedInPageAsync(Role.Analyst);
        await page.WaitForURLAsync("**/catalog/models");
        await page.GotoAsync(fixture.BaseUrl + "/logistics/scenarios");
        Assert.Contains($"{link.FromCode}–{link.ToCode}", await page.InnerTextAsync($"#scenarios tr[data-scenario='{name}']"), StringComparison.Ordinal);
        await page.SelectOptionAsync("select[name=a]", "BASELINE");
        await page.SelectOptionAsync("select[name=b]", name);
        await page.FillAsync("input[name=vehicles]", "100");
        await page.FillAsync("input[name=ready]", Ready.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.ClickAsync("#compare button[type=submit]");
        await page.Locator("#kpis").WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

        var routeRow = page.Locator("#kpis tr[data-kpi='best-route']");
        Assert.Equal(baselineRoute, await routeRow.Locator("td.a").InnerTextAsync());
        var scenarioRoute = await routeRow.Locator("td.b").InnerTextAsync();
        Assert.NotEqual(baselineRoute, scenarioRoute);
        Assert.DoesNotContain($"{link.FromCode} > {link.ToCode}", scenarioRoute, StringComparison.Ordinal);
        Assert.DoesNotContain($"{link.ToCode} > {link.FromCode}", scenarioRoute, StringComparison.Ordinal);
        Assert.Equal("different", await routeRow.Locator("td.diff").InnerTextAsync());
        Assert.Equal(best.Cost.Amount.ToString("N2", CultureInfo.InvariantCulture), await page.InnerTextAsync("#kpis tr[data-kpi='route-cost'] td.a"));
        var costs = await Task.WhenAll(page.InnerTextAsync("#kpis tr[data-kpi='route-cost'] td.b"), page.InnerTextAsync("#kpis tr[data-kpi='transit-p50'] td.b"));
        Assert.True(costs[0] != await page.InnerTextAsync("#kpis tr[data-kpi='route-cost'] td.a") || costs[1] != await page.InnerTextAsync("#kpis tr[data-kpi='transit-p50'] td.a"),
            "closing a link of the best route should change its cost or its transit time");
        Assert.NotEqual("—", await page.InnerTextAsync("#kpis tr[data-kpi='plan-unmet'] td.b"));
    }

    private static int Int(string text) => int.Parse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static double Num(string text) => double.Parse(text.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
}
