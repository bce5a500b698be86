using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Organisations;
using Corridor.Tests.Support;

namespace Corridor.Tests.Web;

/// <summary>
/// The two write endpoints the web pages added (issue 18): <c>POST /api/access/certificates/{id}/renew</c> (admin, export
/// manager, compliance officer; organisation-owned) and <c>POST /api/trade/exchange-rates</c> (the corridor operator;
/// shared reference data). Roles that may not write get 403 and nothing changes; bad input is a 400 naming the field;
/// another organisation's certificate is a 404; on SQLite and PostgreSQL.
/// </summary>
public abstract class WriteEndpointsApiTests<TFactory>(SeededApp<TFactory> app)
    where TFactory : CorridorAppFactory, new()
{
    private CorridorAppFactory Factory => app.Factory;

    [Fact]
    public async Task RenewCertificate_RolesFieldsAndOrganisations()
    {
        Assert.False(Factory.OrganisationA == Guid.Empty, $"no database: {TestDatabase.PostgresEnvironmentVariable} is not set (./test.sh starts PostgreSQL)");
        var manager = await Factory.TokenClientAsync("A", Role.ExportManager);
        var certificates = JsonDocument.Parse(await manager.GetStringAsync("/api/access/certificates")).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(certificates);
        var old = certificates[0];
        var id = old.GetProperty("id").GetString();
        var before = certificates.Count;
        object Body(string number, string issued = "2026-03-01", string? expires = "2029-02-28", string? emission = null) =>
            new { number, issuer = (string?)null, issuedOn = issued, expiresOn = expires, emissionClass = emission, source = "renewal letter 2026-03-01", assumption = (string?)null };

        foreach (var role in new[] { Role.Analyst, Role.LogisticsPlanner })
        {
            var refused = await (await Factory.TokenClientAsync("A", role)).PostAsJsonAsync($"/api/access/certificates/{id}/renew", Body("RENEW-" + role));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        // Bad input names the field the client sent.
        await AssertFieldAsync(await manager.PostAsJsonAsync($"/api/access/certificates/{id}/renew", Body("RENEW-BAD-CLASS", emission: "Euro-9")), "emissionClass");
        await AssertFieldAsync(await manager.PostAsJsonAsync($"/api/access/certificates/{id}/renew", Body(old.GetProperty("number").GetString()!)), "number");
        await AssertFieldAsync(await manager.PostAsJsonAsync($"/api/access/certificates/{id}/renew", Body("RENEW-BAD-DATES", issued: "2026-03-01", expires: "2025-03-01")), "expiresOn");

        // Another organisation cannot see or renew it.
        var other = await (await Factory.TokenClientAsync("B", Role.Admin)).PostAsJsonAsync($"/api/access/certificates/{id}/renew", Body("RENEW-FROM-B"));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(before, JsonDocument.Parse(await manager.GetStringAsync("/api/access/certificates")).RootElement.GetArrayLength());

        var renewed = await manager.PostAsJsonAsync($"/api/access/certificates/{id}/renew", Body("RENEW-2026-001"));
        Assert.Equal(HttpStatusCode.Created, renewed.StatusCode);
        var successor = JsonDocument.Parse(await renewed.Content.ReadAsStringAsync()).RootElement;
        Assert.NotEqual(id, successor.GetProperty("id").GetString());
        foreach (var same in new[] { "model", "market", "kind" })
        {
            Assert.Equal(old.GetProperty(same).GetString(), successor.GetProperty(same).GetString());
        }

        Assert.Equal("RENEW-2026-001", successor.GetProperty("number").GetString());
        Assert.Equal("2029-02-28", successor.GetProperty("expiresOn").GetString());
        var stored = JsonDocument.Parse(await manager.GetStringAsync(renewed.Headers.Location!.ToString())).RootElement;
        Assert.Equal("RENEW-2026-001", stored.GetProperty("number").GetString());
        Assert.Equal(before + 1, JsonDocument.Parse(await manager.GetStringAsync("/api/access/certificates")).RootElement.GetArrayLength());
        Assert.Equal(0, JsonDocument.Parse(await (await Factory.TokenClientAsync("B", Role.Admin)).GetStringAsync("/api/access/certificates")).RootElement.GetArrayLength());

        var missing = await manager.PostAsJsonAsync($"/api/access/certificates/{Guid.NewGuid()}/renew", Body("RENEW-NOWHERE"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task SaveExchangeRate_OperatorOnlyFieldsAndSharedWithEveryOrganisation()
    {
        Assert.False(Factory.OrganisationA == Guid.Empty, $"no database: {TestDatabase.PostgresEnvironmentVariable} is not set (./test.sh starts PostgreSQL)");
        var rate = new { @base = "USD", quote = "KZT", day = "2026-11-30", rate = 512.25m, source = "national bank fixing", assumption = (string?)null };
        foreach (var role in new[] { Role.Admin, Role.ExportManager, Role.Analyst })
        {
            var refused = await (await Factory.TokenClientAsync("A", role)).PostAsJsonAsync("/api/trade/exchange-rates", rate);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var op = await Factory.TokenClientAsync(CorridorAppFactory.OperatorCode, Role.Operator);
        await AssertFieldAsync(await op.PostAsJsonAsync("/api/trade/exchange-rates", rate with { @base = "XXQ" }), "base");
        await AssertFieldAsync(await op.PostAsJsonAsync("/api/trade/exchange-rates", rate with { quote = "USD" }), "quote");
        await AssertFieldAsync(await op.PostAsJsonAsync("/api/trade/exchange-rates", rate with { rate = -1m }), "rate");
        await AssertFieldAsync(await op.PostAsJsonAsync("/api/trade/exchange-rates", rate with { rate = 1.1234567890123m }), "rate");

        var reader = await Factory.TokenClientAsync("B", Role.Analyst);
        Assert.DoesNotContain(Rates(await reader.GetStringAsync("/api/trade/exchange-rates?currency=KZT")), r => r.Day == "2026-11-30");

        var created = await op.PostAsJsonAsync("/api/trade/exchange-rates", rate);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var replaced = await op.PostAsJsonAsync("/api/trade/exchange-rates", rate with { rate = 515.5m });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);

        // Shared reference data: both organisations read the one stored rate, the replaced value.
        foreach (var org in new[] { "A", "B" })
        {
            var rows = Rates(await (await Factory.TokenClientAsync(org, Role.Analyst)).GetStringAsync("/api/trade/exchange-rates?currency=KZT")).Where(r => r.Day == "2026-11-30").ToList();
            Assert.Equal(515.5m, Assert.Single(rows).Rate);
        }
    }

    private static List<(string Day, decimal Rate)> Rates(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateArray().Where(r => r.GetProperty("base").GetString() == "USD" && r.GetProperty("quote").GetString() == "KZT")
            .Select(r => (r.GetProperty("day").GetString()!, r.GetProperty("rate").GetDecimal())).ToList();

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"no error on '{field}': {body}");
    }
}

public sealed class SqliteWriteEndpointsApiTests(SeededApp<CorridorAppFactory> app)
    : WriteEndpointsApiTests<CorridorAppFactory>(app), IClassFixture<SeededApp<CorridorAppFactory>>;

public sealed class PostgresWriteEndpointsApiTests(SeededApp<PostgresAppFactory> app)
    : WriteEndpointsApiTests<PostgresAppFactory>(app), IClassFixture<SeededApp<PostgresAppFactory>>;
