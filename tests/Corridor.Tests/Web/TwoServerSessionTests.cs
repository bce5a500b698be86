using System.Net;
using System.Net.Http.Json;
using Corridor.Organisations;
using Corridor.Tests.Support;

namespace Corridor.Tests.Web;

/// <summary>
/// Two <c>corridor serve</c> processes on one PostgreSQL database share one key ring (stored in the database), so a
/// user signed in on one is signed in on the other — a load balancer may send any request to either.
/// </summary>
public sealed class TwoServerSessionTests : IAsyncLifetime
{
    private const string Email = "manager@demo.test";
    private const string Password = "long-enough-pw";

    private readonly ServerWorkspace _workspace = new("two-servers");

    public async Task InitializeAsync()
    {
        if (TestDatabase.PostgresServer is null)
        {
            return;
        }

        await _workspace.CreateDatabaseAsync();
        await _workspace.CliAsync("users", "add", "--organisation", "DEMO", "--create-organisation", "Demo", "--email", Email,
            "--role", "export-manager", "--password", Password, "--database", _workspace.ConnectionString);
    }

    public async Task DisposeAsync() => await _workspace.DisposeAsync();

    [PostgresFact]
    public async Task SignIn_OnOneServerProcess_IsAcceptedByTheOther()
    {
        await _workspace.StartServersAsync(2);
        var servers = _workspace.Servers;

        // Cookies are not kept per port, so one container carries the session from the first server to the second.
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var first = new HttpClient(handler, disposeHandler: false) { BaseAddress = servers[0].BaseAddress };
        using var second = new HttpClient(handler, disposeHandler: false) { BaseAddress = servers[1].BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/me")).StatusCode);

        var page = await first.GetStringAsync("/account/sign-in");
        var signIn = await first.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = Email,
            ["password"] = Password,
            ["__RequestVerificationToken"] = AntiForgery.Token(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var me = await second.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(Email, (await me.Content.ReadFromJsonAsync<AccountApi.MeDto>())!.Email);
    }
}
