using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Logistics;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Logistics;

public sealed class LogisticsApiTests(CorridorAppFactory app) : IClassFixture<CorridorAppFactory>, IAsyncLifetime
{
    public Task InitializeAsync() => LogisticsDatabase.ImportReferenceAsync(app);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Routes_TehranToMoscow_ReturnOptionsWithLegsCostAndEtas()
    {
        var client = await app.SignedInClientAsync("A", Role.Analyst);

        var response = await client.GetAsync("/api/logistics/routes?from=IKCO-TEHRAN&to=RU-MOSCOW&vehicles=300&ready=2027-02-01&due=2027-03-01&objective=cheapest&avoidBranch=eastern");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var options = doc.RootElement.GetProperty("options");
        Assert.True(options.GetArrayLength() > 0);
        var first = options[0];
        Assert.True(first.GetProperty("legs").GetArrayLength() > 0);
        Assert.True(first.GetProperty("cost").GetProperty("amount").GetDecimal() > 0);
        Assert.True(first.GetProperty("etaP90").GetDateTimeOffset() >= first.GetProperty("etaP50").GetDateTimeOffset());
    }

    [Fact]
    public async Task Book_AsAnalyst_IsForbidden()
    {
        var departure = await FerryAsync();
        var client = await app.SignedInClientAsync("A", Role.Analyst);

        var response = await client.PostAsJsonAsync("/api/logistics/bookings", new { departureId = departure, vehicles = 5, reference = "X" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Booking_OfAnotherOrganisation_IsNotFound()
    {
        var departure = await FerryAsync();
        var planner = await app.SignedInClientAsync("A", Role.LogisticsPlanner);
        var created = await planner.PostAsJsonAsync("/api/logistics/bookings", new { departureId = departure, vehicles = 5, reference = "A-1" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var booking = await created.Content.ReadFromJsonAsync<BookingDto>();

        var other = await app.SignedInClientAsync("B", Role.LogisticsPlanner);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/logistics/bookings/{booking!.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/logistics/bookings/{booking.Id}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await planner.GetAsync($"/api/logistics/bookings/{booking.Id}")).StatusCode);
    }

    [Fact]
    public async Task Book_UnknownDeparture_IsNotFound()
    {
        var planner = await app.SignedInClientAsync("A", Role.LogisticsPlanner);

        var response = await planner.PostAsJsonAsync("/api/logistics/bookings", new { departureId = Guid.NewGuid(), vehicles = 1, reference = "NOWHERE" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Book_ReferenceTooLong_IsBadRequestNamingTheField()
    {
        var departure = await FerryAsync(skip: 2);
        var planner = await app.SignedInClientAsync("A", Role.LogisticsPlanner);

        var response = await planner.PostAsJsonAsync("/api/logistics/bookings", new { departureId = departure, vehicles = 1, reference = new string('R', Booking.ReferenceMaxLength + 1) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>();
        Assert.Equal([$"reference is longer than {Booking.ReferenceMaxLength} characters."], problem!.Errors["reference"]);
        var bookings = await planner.GetStringAsync($"/api/logistics/departures/{departure}/bookings");
        Assert.DoesNotContain("RRRR", bookings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Book_MoreThanFree_IsRefusedWithReason()
    {
        var departure = await FerryAsync(skip: 1);
        var planner = await app.SignedInClientAsync("A", Role.LogisticsPlanner);

        var response = await planner.PostAsJsonAsync("/api/logistics/bookings", new { departureId = departure, vehicles = 151, reference = "BIG" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("capacity of 150", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_SmallDemand_IsAllocated()
    {
        var client = await app.SignedInClientAsync("A", Role.LogisticsPlanner);

        var response = await client.PostAsJsonAsync("/api/logistics/plans", new
        {
            demands = new[] { new { from = "IKCO-TEHRAN", to = "RU-MOSCOW", vehicles = 300, week = "2027-04-05", due = "2027-04-26" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"solver\":\"OPTIMAL\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MapPage_DrawsNodesLinksAndBorders()
    {
        var client = await app.SignedInClientAsync("A", Role.Analyst);

        var html = await client.GetStringAsync("/logistics");

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("data-node=\"IKCO-TEHRAN\"", html, StringComparison.Ordinal);
        Assert.Contains("data-border=\"IR-AZ-ASTARA-RAIL\"", html, StringComparison.Ordinal);
        Assert.Contains("data-link=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoutesPage_ShowsOptions()
    {
        var client = await app.SignedInClientAsync("A", Role.Analyst);

        var html = await client.GetStringAsync("/logistics/routes?from=IKCO-TEHRAN&to=RU-MOSCOW&vehicles=100&ready=2027-04-05");

        Assert.Contains("Option 1", html, StringComparison.Ordinal);
        Assert.Contains("Rail waybill (SMGS)", html, StringComparison.Ordinal);
    }

    private async Task<Guid> FerryAsync(int skip = 0)
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
}
