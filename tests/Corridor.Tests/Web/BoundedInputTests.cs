using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Corridor.Organisations;
using Corridor.Tests.Support;

namespace Corridor.Tests.Web;

/// <summary>
/// The out-of-range inputs of issue 21 that answered 500 (or were stored on SQLite and refused by PostgreSQL): each
/// answers a 400 validation problem naming the field as the client sent it, and nothing is written; the same on both
/// databases. <see cref="ApiBoundsWalkTests{TFactory}"/> covers every other operation.
/// </summary>
public abstract class BoundedInputTests<TFactory>(SeededApp<TFactory> app)
    where TFactory : CorridorAppFactory, new()
{
    [Fact]
    public async Task Plan_EmptyBody_IsBadRequestNamingDemands()
    {
        var response = await (await Admin()).PostAsync("/api/logistics/plans", Json("{}"));

        await AssertFieldRefusedAsync(response, "demands");
    }

    [Fact]
    public async Task Token_NameLongerThanItsColumn_IsBadRequestNamingName()
    {
        var response = await (await Admin()).PostAsync("/api/tokens", Json($$"""{"name":"{{new string('x', 101)}}","expiresInDays":1}"""));

        await AssertFieldRefusedAsync(response, "name");
    }

    [Fact]
    public async Task Alerts_DaysAtIntMax_IsBadRequestNamingDays()
    {
        var response = await (await Admin()).GetAsync("/api/access/alerts?days=2147483647");

        await AssertFieldRefusedAsync(response, "days");
    }

    [Fact]
    public async Task Alerts_DaysNotANumber_IsBadRequestNamingDays()
    {
        var response = await (await Admin()).GetAsync("/api/access/alerts?days=ninety");

        await AssertFieldRefusedAsync(response, "days");
    }

    [Fact]
    public async Task Analytics_FromYearOneToYear9999_IsBadRequestNamingBothDates()
    {
        var response = await (await Admin()).GetAsync("/api/analytics/exports?from=0001-01-01&until=9999-12-31");

        var errors = await AssertFieldRefusedAsync(response, "from");
        Assert.True(errors.TryGetProperty("until", out _), errors.ToString());
    }

    [Fact]
    public async Task Routes_VehiclesAtIntMax_IsBadRequestNamingVehicles()
    {
        var response = await (await Admin()).GetAsync("/api/logistics/routes?from=IKCO-TEHRAN&to=RU-MOSCOW&vehicles=2147483647&ready=2027-02-01");

        await AssertFieldRefusedAsync(response, "vehicles");
    }

    [Fact]
    public async Task Agreement_CeilingOf1e25_IsBadRequestNamingTheAmount_AndNotStored()
    {
        var client = await Admin();
        var body = """
            {"code": "T-BOUNDS-1E25", "kind": "supply-contract", "title": "Ceiling beyond any column", "seller": "SAIPA",
             "parties": [{"partner": "SAIPA-BY-PARTNER", "role": "buyer"}], "from": "2027-01-01", "until": "2028-01-01",
             "valueCeiling": {"amount": 1e25, "currency": "USD"},
             "quantityCeilings": [{"label": "Shahin", "items": ["SHAHIN"], "max": 100}],
             "prices": [{"item": "SHAHIN", "amount": 11500, "currency": "USD"}], "incoterm": "CPT", "paymentCurrency": "USD", "paymentTerms": "at sight"}
            """;

        var response = await client.PostAsync("/api/trade/agreements", Json(body));

        await AssertFieldRefusedAsync(response, "valueCeiling.amount");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/trade/agreements/T-BOUNDS-1E25")).StatusCode);
    }

    [Fact]
    public async Task Shipment_ReadyOn9999_12_31_IsBadRequestNamingReady()
    {
        var body = """{"reference": "T-BOUNDS-READY", "from": "IKCO-TEHRAN", "to": "RU-MOSCOW", "vehicles": 10, "ready": "9999-12-31"}""";

        var response = await (await Admin()).PostAsync("/api/logistics/shipments", Json(body));

        await AssertFieldRefusedAsync(response, "ready");
    }

    [Fact]
    public async Task Booking_ReferenceWithNulByte_IsBadRequestNamingReference_AndNotStored()
    {
        var client = await Admin();
        string departure;
        using (var departures = JsonDocument.Parse(await client.GetStringAsync("/api/logistics/departures")))
        {
            departure = departures.RootElement[0].GetProperty("id").GetString()!;
        }

        var before = await client.GetStringAsync($"/api/logistics/departures/{departure}/bookings");
        var body = JsonSerializer.Serialize(new { departureId = departure, vehicles = 1, reference = "PO-\0-1" });

        var response = await client.PostAsync("/api/logistics/bookings", Json(body));

        await AssertFieldRefusedAsync(response, "reference");
        Assert.Equal(before, await client.GetStringAsync($"/api/logistics/departures/{departure}/bookings"));
    }

    [Fact]
    public async Task Maker_UnknownCountryCode_IsBadRequestNamingCountry()
    {
        var response = await (await Admin()).PostAsJsonAsync("/api/catalog/makers", new { code = "T-ZZ", name = "Nowhere Motors", country = "ZZ", source = "test" });

        await AssertFieldRefusedAsync(response, "country");
    }

    [Fact]
    public async Task Eligibility_UnknownModel_IsNotFoundProblem()
    {
        var response = await (await Admin()).GetAsync("/api/access/eligibility?model=NO-SUCH-MODEL&market=RU&date=2027-01-01");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("NO-SUCH-MODEL", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    private async Task<HttpClient> Admin()
    {
        Assert.False(app.Factory.OrganisationA == Guid.Empty, $"no database: {TestDatabase.PostgresEnvironmentVariable} is not set (./test.sh starts PostgreSQL)");
        return await app.Factory.TokenClientAsync("A", Role.Admin);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>Asserts a 400 problem whose <c>errors</c> has <paramref name="field"/>, and returns the errors.</summary>
    private static async Task<JsonElement> AssertFieldRefusedAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(text);
        var errors = problem.RootElement.GetProperty("errors").Clone();
        Assert.True(errors.TryGetProperty(field, out var messages) && messages.GetArrayLength() > 0, $"no error for {field}: {text}");
        Assert.DoesNotContain("SQLite", text, StringComparison.Ordinal);
        Assert.DoesNotContain("22021", text.Replace(problem.RootElement.TryGetProperty("traceId", out var trace) ? trace.GetString() ?? "" : "", "", StringComparison.Ordinal), StringComparison.Ordinal);
        return errors;
    }
}

public sealed class SqliteBoundedInputTests(SeededApp<CorridorAppFactory> app)
    : BoundedInputTests<CorridorAppFactory>(app), IClassFixture<SeededApp<CorridorAppFactory>>;

public sealed class PostgresBoundedInputTests(SeededApp<PostgresAppFactory> app)
    : BoundedInputTests<PostgresAppFactory>(app), IClassFixture<SeededApp<PostgresAppFactory>>;
