using System.Net;
using System.Net.Http.Json;
using Corridor.Cli;
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

    private readonly string _home = Path.Combine(Path.GetTempPath(), "corridor-tests", "two-servers-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServerProcess> _servers = [];
    private TestDatabase? _db;

    private Dictionary<string, string> Env => new() { ["CORRIDOR_HOME"] = _home, ["CORRIDOR_DATABASE"] = "" };

    public async Task InitializeAsync()
    {
        if (TestDatabase.PostgresServer is null)
        {
            return;
        }

        Directory.CreateDirectory(_home);
        _db = await TestDatabase.CreatePostgresAsync();
        await CliAsync("db", "migrate", "--database", _db.Location.ConnectionString);
        await CliAsync("users", "add", "--organisation", "DEMO", "--create-organisation", "Demo", "--email", Email,
            "--role", "export-manager", "--password", Password, "--database", _db.Location.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        foreach (var s in _servers)
        {
            s.Dispose();
        }

        if (_db is not null)
        {
            await _db.DisposeAsync();
        }

        if (Directory.Exists(_home))
        {
            Directory.Delete(_home, recursive: true);
        }
    }

    [PostgresFact]
    public async Task SignIn_OnOneServerProcess_IsAcceptedByTheOther()
    {
        _servers.Add(ServerProcess.Start(_db!.Location.ConnectionString, Env));
        _servers.Add(ServerProcess.Start(_db.Location.ConnectionString, Env));
        await Task.WhenAll(_servers.Select(s => s.WaitHealthyAsync(TimeSpan.FromSeconds(90))));

        // Cookies are not kept per port, so one container carries the session from the first server to the second.
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var first = new HttpClient(handler, disposeHandler: false) { BaseAddress = _servers[0].BaseAddress };
        using var second = new HttpClient(handler, disposeHandler: false) { BaseAddress = _servers[1].BaseAddress };
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

    private async Task CliAsync(params string[] args)
    {
        var outcome = await CorridorProcess.RunAsync(Env, args);
        Assert.True(outcome.ExitCode == ExitCodes.Ok, $"corridor {string.Join(' ', args.Take(2))} exited {outcome.ExitCode}: {outcome.Stderr}");
    }
}
