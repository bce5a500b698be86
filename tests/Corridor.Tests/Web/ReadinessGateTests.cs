using System.Net;
using Corridor.Cli;
using Corridor.Organisations;
using Corridor.Tests.Support;
using Corridor.Web;
using Microsoft.AspNetCore.Builder;

namespace Corridor.Tests.Web;

/// <summary><c>corridor demo</c> starts Kestrel while the database is prepared; nothing may be answered from it before then.</summary>
public sealed class ReadinessGateTests
{
    [Fact]
    public async Task Server_BeforeTheDatabaseIsReady_Answers503ToEverything_ThenServes()
    {
        await using var database = TestDatabase.CreateSqlite();
        await MigrateAsync(database);
        var ready = new TaskCompletionSource();
        await using var app = WebServer.Build(database.Location.Display, 0, ready.Task);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        foreach (var path in new[] { "/health", "/api/me", "/account/sign-in" })
        {
            var early = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);
            Assert.NotNull(early.Headers.RetryAfter);
        }

        ready.SetResult();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
        await app.StopAsync();
    }

    [Fact]
    public async Task Server_WhenPreparationFails_KeepsAnswering503()
    {
        await using var database = TestDatabase.CreateSqlite();
        var ready = new TaskCompletionSource();
        await MigrateAsync(database);
        await using var app = WebServer.Build(database.Location.Display, 0, ready.Task);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        ready.SetException(new InvalidOperationException("import failed"));
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("could not be prepared", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await app.StopAsync();
    }

    [Fact]
    public void DemoAccounts_OnePerRole_WithDistinctLongEnoughPasswords()
    {
        var accounts = DemoAccounts.Create(parallel: true);
        Assert.Equal(Enum.GetValues<Role>().Order(), accounts.Select(a => a.Role).Order());
        Assert.Equal(accounts.Count, accounts.Select(a => a.Password).Distinct().Count());
        foreach (var account in accounts)
        {
            Assert.Equal($"{account.Role.ToKebab()}@demo.corridor", account.Email);
            Assert.True(account.Password.Length >= UserAdministration.MinimumPasswordLength);
        }

        Assert.False(UserAdministration.HashPassword("short").Succeeded);
    }

    private static async Task MigrateAsync(TestDatabase database)
    {
        await using var services = CliServices.Create(database.Location.Display);
        await using var migrated = await services.SharedScopeAsync(CancellationToken.None);
    }
}
