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
/// Share it with <c>IClassFixture&lt;CorridorAppFactory&gt;</c>.
/// </summary>
public sealed class CorridorAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "correct-horse-battery";

    private readonly TestDatabase _database = TestDatabase.CreateSqlite();

    public Guid OrganisationA { get; private set; }

    public Guid OrganisationB { get; private set; }

    public static string Email(string org, Role role) => $"{role.ToKebab()}@{org.ToLowerInvariant()}.test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(CorridorWebApp.DatabaseKey, _database.Location.ConnectionString);
        builder.UseEnvironment("Testing");
    }

    public async Task InitializeAsync()
    {
        await Fixtures.MigrateAsync(_database);
        OrganisationA = await CreateOrganisationAsync("A");
        OrganisationB = await CreateOrganisationAsync("B");
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
        await _database.DisposeAsync();
    }

    private async Task<Guid> CreateOrganisationAsync(string code)
    {
        var org = await Fixtures.OrganisationAsync(_database, code);
        await using var db = Fixtures.Context(_database, org.Id);
        var actor = new ActorContext();
        actor.Set(org.Id, null, "test-setup");
        var users = new UserAdministration(db, actor, TimeProvider.System);
        foreach (var role in Enum.GetValues<Role>())
        {
            (await users.AddUserAsync(Email(code, role), $"{code} {role}", role, Password)).Value.ToString();
        }

        return org.Id;
    }
}
