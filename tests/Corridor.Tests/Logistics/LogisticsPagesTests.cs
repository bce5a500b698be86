using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Corridor.Logistics;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Logistics;

/// <summary>
/// The logistics pages as served HTML through the test host: organisation isolation of bookings on the departure
/// page, the analyst's writes refused (nothing changed), bad plan input named by line and field.
/// </summary>
public sealed class LogisticsPagesTests(CorridorAppFactory app) : IClassFixture<CorridorAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => LogisticsDatabase.ImportReferenceAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task DeparturePage_PlannerBooks_BookedRisesByTheQuantityAndTheBookingIsListed()
    {
        var departure = await DepartureAsync(skip: 3);
        var before = await BookedAsync(departure);
        var planner = await app.SignedInClientAsync("A", Role.LogisticsPlanner);

        var response = await BookAsync(planner, departure, 6, "PAGE-A-6");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("PAGE-A-6", html, StringComparison.Ordinal);
        Assert.Equal(before + 6, await BookedAsync(departure));
        Assert.Contains($"<dd id=\"free\">{150 - before - 6}</dd>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeparturePage_MoreThanFree_IsRefusedWithReasonAndNothingIsBooked()
    {
        var departure = await DepartureAsync(skip: 4);
        var before = await BookedAsync(departure);
        var planner = await app.SignedInClientAsync("A", Role.LogisticsPlanner);

        var response = await BookAsync(planner, departure, 151, "TOO-BIG");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("more than the departure&#x27;s whole capacity of 150", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await BookedAsync(departure));
        Assert.Equal(0, await BookingCountAsync(app.OrganisationA, "TOO-BIG"));
    }

    [Theory]
    [InlineData("0", "", "BAD-QTY", "vehicles")]
    [InlineData("", "-2", "BAD-TONNES", "tonnes")]
    [InlineData("3", "4", "BAD-BOTH", "vehicles")]
    [InlineData("3", "", " ", "reference")]
    [InlineData("3", "", "long", "reference")]
    public async Task Book_BadInput_ApiAndPageNameTheSameFieldWithTheSameMessage(string vehicles, string tonnes, string reference, string field)
    {
        var departure = await DepartureAsync(skip: 7);
        var before = await BookedAsync(departure);
        var planner = await app.SignedInClientAsync("A", Role.LogisticsPlanner);
        reference = reference == "long" ? new string('L', Booking.ReferenceMaxLength + 1) : reference;
        int? v = vehicles.Length == 0 ? null : int.Parse(vehicles, System.Globalization.CultureInfo.InvariantCulture);
        decimal? t = tonnes.Length == 0 ? null : decimal.Parse(tonnes, System.Globalization.CultureInfo.InvariantCulture);

        var api = await planner.PostAsJsonAsync("/api/logistics/bookings", new { departureId = departure, vehicles = v, tonnes = t, reference });
        var form = await planner.GetStringAsync($"/logistics/departures/{departure}");
        var page = await planner.PostAsync($"/logistics/departures/{departure}?handler=book",
            Form(form, ("Vehicles", vehicles), ("Tonnes", tonnes), ("Reference", reference)));

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var problem = await api.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>();
        var message = Assert.Single(Assert.Single(problem!.Errors, e => e.Key == field).Value);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var shown = Regex.Match(html, "<p [^>]*id=\"booking-message\"[^>]*>[^<]*</p>").Value;
        Assert.EndsWith($"data-field=\"{field}\">{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(message)}</p>", shown, StringComparison.Ordinal);
        Assert.Equal(before, await BookedAsync(departure));
    }

    [Fact]
    public async Task DeparturePage_AnotherOrganisationsBooking_IsNotShownAndCancellingItIsNotFound()
    {
        var departure = await DepartureAsync(skip: 5);
        var planner = await app.SignedInClientAsync("A", Role.LogisticsPlanner);
        Assert.Equal(HttpStatusCode.OK, (await BookAsync(planner, departure, 4, "ORG-A-ONLY")).StatusCode);
        var booking = await BookingIdAsync(app.OrganisationA, "ORG-A-ONLY");
        var booked = await BookedAsync(departure);

        var other = await app.SignedInClientAsync("B", Role.LogisticsPlanner);
        var page = await other.GetStringAsync($"/logistics/departures/{departure}");
        Assert.DoesNotContain("ORG-A-ONLY", page, StringComparison.Ordinal);
        Assert.DoesNotContain(booking.ToString(), page, StringComparison.Ordinal);
        var cancel = await other.PostAsync($"/logistics/departures/{departure}?handler=cancel", Form(page, ("booking", booking.ToString())));

        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal(booked, await BookedAsync(departure));
        Assert.Equal(BookingStatus.Confirmed, await StatusAsync(app.OrganisationA, booking));
        var list = await other.GetStringAsync("/logistics/departures?service=ANZ-MKH-RORO");
        Assert.DoesNotMatch(YoursCell(departure, 4), list);
        Assert.Matches(YoursCell(departure, 4), await planner.GetStringAsync("/logistics/departures?service=ANZ-MKH-RORO"));
    }

    [Fact]
    public async Task DeparturePage_AnalystBookAndCancel_AreRefusedAndNothingChanges()
    {
        var departure = await DepartureAsync(skip: 6);
        var planner = await app.SignedInClientAsync("A", Role.LogisticsPlanner);
        Assert.Equal(HttpStatusCode.OK, (await BookAsync(planner, departure, 2, "KEEP-ME")).StatusCode);
        var booking = await BookingIdAsync(app.OrganisationA, "KEEP-ME");
        var booked = await BookedAsync(departure);

        var analyst = await app.SignedInClientAsync("A", Role.Analyst);
        var page = await analyst.GetStringAsync($"/logistics/departures/{departure}");
        Assert.Contains("KEEP-ME", page, StringComparison.Ordinal);
        Assert.Contains("read only", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=book", page, StringComparison.Ordinal);
        var token = await analyst.GetStringAsync("/account/tokens");
        var book = await analyst.PostAsync($"/logistics/departures/{departure}?handler=book", Form(token, ("Vehicles", "3"), ("Reference", "ANALYST")));
        var cancel = await analyst.PostAsync($"/logistics/departures/{departure}?handler=cancel", Form(token, ("booking", booking.ToString())));

        AssertRefused(book);
        AssertRefused(cancel);
        Assert.Equal(booked, await BookedAsync(departure));
        Assert.Equal(0, await BookingCountAsync(app.OrganisationA, "ANALYST"));
        Assert.Equal(BookingStatus.Confirmed, await StatusAsync(app.OrganisationA, booking));
    }

    [Fact]
    public async Task DeparturePage_UnknownDeparture_IsNotFound()
    {
        var planner = await app.SignedInClientAsync("A", Role.LogisticsPlanner);

        Assert.Equal(HttpStatusCode.NotFound, (await planner.GetAsync($"/logistics/departures/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task PlanPage_Analyst_IsRefused()
    {
        var analyst = await app.SignedInClientAsync("A", Role.Analyst);
        var page = await analyst.GetStringAsync("/logistics/plan");
        Assert.Contains("read only", page, StringComparison.Ordinal);

        var run = await analyst.PostAsync("/logistics/plan", Form(await analyst.GetStringAsync("/account/tokens"), ("Demand", PlanModelDemand), ("Scenario", "BASELINE")));

        AssertRefused(run);
    }

    [Fact]
    public async Task PlanPage_BadRow_IsRefusedNamingLineAndField()
    {
        var planner = await app.SignedInClientAsync("A", Role.LogisticsPlanner);
        var page = await planner.GetStringAsync("/logistics/plan");

        var run = await planner.PostAsync("/logistics/plan", Form(page, ("Demand", "from,to,vehicles,tonnes,week,due\nIKCO-TEHRAN,RU-MOSCOW,300,,2027-04-05,2027-04-26\nIKCO-TEHRAN,RU-MOSCOW,300,,2027-13-01,2027-04-26"), ("Scenario", "BASELINE")));

        Assert.Equal(HttpStatusCode.BadRequest, run.StatusCode);
        var html = await run.Content.ReadAsStringAsync();
        Assert.Contains("demand:3: week:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"flows\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanPage_PlannerRunsExample_ShipsEveryDemand()
    {
        var planner = await app.SignedInClientAsync("A", Role.LogisticsPlanner);
        var page = await planner.GetStringAsync("/logistics/plan");

        var run = await planner.PostAsync("/logistics/plan", Form(page, ("Demand", PlanModelDemand), ("Scenario", "BASELINE")));

        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var html = await run.Content.ReadAsStringAsync();
        Assert.Contains("OPTIMAL", html, StringComparison.Ordinal);
        Assert.Contains("All demand is met.", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num shipped\">300</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScenariosPage_UnknownScenario_SaysSo()
    {
        var analyst = await app.SignedInClientAsync("A", Role.Analyst);

        var response = await analyst.GetAsync("/logistics/scenarios?a=BASELINE&b=NO-SUCH&from=IKCO-TEHRAN&to=RU-MOSCOW&vehicles=10&ready=2027-04-05");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no scenario named &#x27;NO-SUCH&#x27;", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private const string PlanModelDemand = "from,to,vehicles,tonnes,week,due\nIKCO-TEHRAN,RU-MOSCOW,300,,2027-04-05,2027-04-26";

    private static Regex YoursCell(Guid departure, int quantity) =>
        new($"<tr data-departure=\"{departure}\">(?:(?!</tr>).)*<td class=\"num\">{quantity}</td>\\s*</tr>", RegexOptions.Singleline);

    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"the analyst's write answered {response.StatusCode}");
        Assert.Contains("/account/denied", response.Headers.Location?.ToString() ?? "/account/denied", StringComparison.OrdinalIgnoreCase);
    }

    private static FormUrlEncodedContent Form(string pageWithToken, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", AntiForgery.Token(pageWithToken))));

    private static async Task<HttpResponseMessage> BookAsync(HttpClient client, Guid departure, int vehicles, string reference)
    {
        var page = await client.GetStringAsync($"/logistics/departures/{departure}");
        return await client.PostAsync($"/logistics/departures/{departure}?handler=book", Form(page, ("Vehicles", vehicles.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Reference", reference)));
    }

    private async Task<Guid> DepartureAsync(int skip)
    {
        var id = Guid.Empty;
        await app.ActAsync(app.OrganisationA, async sp =>
        {
            var db = sp.GetRequiredService<CorridorDbContext>();
            id = (await db.Set<Departure>().Where(d => d.ServiceCode == "ANZ-MKH-RORO").ToListAsync())
                .Where(d => d.DepartsAt.Year == 2027).OrderBy(d => d.DepartsAt).Skip(skip).First().Id;
        });
        return id;
    }

    private async Task<int> BookedAsync(Guid departure)
    {
        var booked = -1;
        await app.ActAsync(app.OrganisationA, async sp =>
            booked = await sp.GetRequiredService<CorridorDbContext>().Set<Departure>().Where(d => d.Id == departure).Select(d => d.Booked).SingleAsync());
        return booked;
    }

    private async Task<Guid> BookingIdAsync(Guid organisation, string reference)
    {
        var id = Guid.Empty;
        await app.ActAsync(organisation, async sp =>
            id = await sp.GetRequiredService<CorridorDbContext>().Set<Booking>().Where(b => b.Reference == reference).Select(b => b.Id).SingleAsync());
        return id;
    }

    private async Task<int> BookingCountAsync(Guid organisation, string reference)
    {
        var n = -1;
        await app.ActAsync(organisation, async sp => n = await sp.GetRequiredService<CorridorDbContext>().Set<Booking>().CountAsync(b => b.Reference == reference));
        return n;
    }

    private async Task<BookingStatus> StatusAsync(Guid organisation, Guid booking)
    {
        var status = BookingStatus.Cancelled;
        await app.ActAsync(organisation, async sp =>
            status = await sp.GetRequiredService<CorridorDbContext>().Set<Booking>().Where(b => b.Id == booking).Select(b => b.Status).SingleAsync());
        return status;
    }
}
