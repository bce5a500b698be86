using System.Net;
using System.Text.Json;
using Corridor.Common;
using Corridor.MarketAccess;
using Corridor.Operations;
using Corridor.Tests.Support;
using Corridor.Web;
using Microsoft.AspNetCore.Builder;

namespace Corridor.Tests.Operations;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Ready_OnAnEmptyMigratedDatabase_Is503UntilReferenceDataIsLoaded()
    {
        await using var database = TestDatabase.CreateSqlite();
        await Fixtures.MigrateAsync(database);
        await using var app = WebServer.Build(database.Location.Display, 0);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(HealthEndpoints.LivePath)).StatusCode);
        var early = await client.GetAsync(HealthEndpoints.ReadyPath);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);
        using (var body = JsonDocument.Parse(await early.Content.ReadAsStringAsync()))
        {
            var checks = body.RootElement.GetProperty("checks");
            Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
            Assert.Equal("Healthy", checks.GetProperty("migrations").GetProperty("status").GetString());
            Assert.Equal("Unhealthy", checks.GetProperty("reference-data").GetProperty("status").GetString());
        }

        await using (var db = Fixtures.Context(database))
        {
            db.Markets.Add(new Market(CountryCode.Parse("RU"), "Russia", Currency.RUB, "EAEU", "test"));
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(HealthEndpoints.ReadyPath)).StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Ready_WhenMigrationsArePending_Is503NamingThem()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var app = WebServer.Build(database.Location.Display, 0);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var response = await client.GetAsync(HealthEndpoints.ReadyPath);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var migrations = body.RootElement.GetProperty("checks").GetProperty("migrations");
        Assert.Equal("Unhealthy", migrations.GetProperty("status").GetString());
        Assert.Contains("corridor db migrate", migrations.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(HealthEndpoints.LivePath)).StatusCode);
        await app.StopAsync();
    }

    [PostgresFact]
    public async Task Ready_OnPostgres_ReportsTheDatabaseAndMigrations()
    {
        await using var database = await TestDatabase.CreatePostgresAsync();
        await Fixtures.MigrateAsync(database);
        await using var app = WebServer.Build(database.Location.ConnectionString, 0);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        var response = await client.GetAsync(HealthEndpoints.ReadyPath);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("migrations").GetProperty("status").GetString());
        await app.StopAsync();
    }
}
