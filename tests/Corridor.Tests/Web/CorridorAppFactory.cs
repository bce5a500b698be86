using System.Net.Http.Headers;
using System.Net.Http.Json;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Web;

/// <summary>
/// The whole application in the ASP.NET Core test host over its own SQLite database, with two organisations
/// (A and B) that each have one user per role. Features add their own data through <see cref="ActAsync"/>.
/// Share it with <c>IClassFixture&lt;CorridorAppFactory&gt;</c>. An operator organisation (<see cref="OperatorCode"/>)
/// holds one operator user. <see cref="PostgresAppFactory"/> is the same over PostgreSQL.
/// </summary>
public class CorridorAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct-horse-battery";

    public const string OperatorCode = "OPS";

    private TestDatabase _database = null!;

    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public Guid OperatorOrganisation { get; private set; }

    public Guid OrganisationA { get; private set; }

    public Guid OrganisationB { get; private set; }

    public static string Email(string org, Role role) => $"{role.ToKebab()}@{org.ToLowerInvariant()}.test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(CorridorWebApp.DatabaseKey, _database.Location.ConnectionString);
        builder.UseEnvironment("Testing");

        // Every test signs in through the page; the limits are tested with a host of their own (RateLimitTests).
        builder.UseSetting("Corridor:RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("Corridor:RateLimits:TokensPerMinute", "100000");
    }

    public async Task InitializeAsync()
    {
        if (Provider == DatabaseProvider.Postgres && TestDatabase.PostgresServer is null)
        {
            return; // every test of such a class is a PostgresFact, skipped
        }

        _database = await TestDatabase.CreateAsync(Provider);
        await Fixtures.MigrateAsync(_database);
        OrganisationA = await CreateOrganisationAsync("A");
        OrganisationB = await CreateOrganisationAsync("B");
        OperatorOrganisation = await CreateOperatorAsync();
    }

    /// <summary>Runs <paramref name="action"/> with services scoped to an organisation, as that organisation's admin would.</summary>
    public async Task ActAsync(Guid organisationId, Func<IServiceProvider, Task> action)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Set(organisationId, null, "test-setup");
        await action(scope.ServiceProvider);
    }

    /// <summary>A client signed in through the sign-in page (cookie session), like a browser.</summary>
    public async Task<HttpClient> SignedInClientAsync(string org, Role role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync("/account/sign-in");
        var token = AntiForgery.Token(page);
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = Email(org, role),
            ["password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        if ((int)response.StatusCode != 302)
        {
            throw new InvalidOperationException($"sign-in as {Email(org, role)} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>A client that sends an API token of the user, and no cookie.</summary>
    public async Task<HttpClient> TokenClientAsync(string org, Role role)
    {
        var session = await SignedInClientAsync(org, role);
        var created = await session.PostAsJsonAsync("/api/tokens", new { name = "test", expiresInDays = 1 });
        created.EnsureSuccessStatusCode();
        var body = await created.Content.ReadFromJsonAsync<AccountApi.NewTokenDto>();
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body!.Token);
        return client;
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private async Task<Guid> CreateOperatorAsync()
    {
        await using var setup = Fixtures.Context(_database, null);
        var created = await new UserAdministration(setup, new ActorContext(), TimeProvider.System).CreateOrganisationAsync(OperatorCode, "Corridor operator", default, isOperator: true);
        await using var db = Fixtures.Context(_database, created.Value.Id);
        var actor = new ActorContext();
        actor.Set(created.Value.Id, null, "test-setup");
        var added = await new UserAdministration(db, actor, TimeProvider.System).AddUserAsync(Email(OperatorCode, Role.Operator), "Operator", Role.Operator, Password);
        if (!added.Succeeded)
        {
            throw new InvalidOperationException(added.Errors[0]);
        }

        return created.Value.Id;
    }

    private async Task<Guid> CreateOrganisationAsync(string code)
    {
        var org = await Fixtures.OrganisationAsync(_database, code);
        await using var db = Fixtures.Context(_database, org.Id);
        var actor = new ActorContext();
        actor.Set(org.Id, null, "test-setup");
        var users = new UserAdministration(db, actor, TimeProvider.System);
        foreach (var role in Roles.Exporter)
        {
            (await users.AddUserAsync(Email(code, role), $"{code} {role}", role, Password)).Value.ToString();
        }

        return org.Id;
    }
}
