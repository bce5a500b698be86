using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Corridor.Tests.Browser;

/// <summary>
/// The real server (Kestrel on a loopback port) over a database set up as <c>corridor demo</c> does it, and
/// Debian's Chromium driven by Playwright (CORRIDOR_TEST_CHROMIUM, else /usr/bin/chromium).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.CreateSqlite();
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The server's database (SQLite), for tests that put data in place the web application has no page for (list imports are a CLI verb) or recompute figures from it.</summary>
    public TestDatabase Database => _database;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyDictionary<Role, string> Passwords { get; private set; } = new Dictionary<Role, string>();

    /// <summary>The running server's services, for tests that set up shared data (scenarios) the pages then show.</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("the server is not started");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CORRIDOR_TEST_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        var accounts = await DemoCommand.SetUpAsync(_database.Location.Display, Fixtures.ReferenceData, CancellationToken.None);
        Passwords = accounts.ToDictionary(a => a.Role, a => a.Password);

        _app = WebServer.Build(_database.Location.Display, 0);
        await _app.StartAsync();
        BaseUrl = _app.Urls.First();

        // A counterparty screened against no list is "not screened" and the gate stops it: the demo's screened parties
        // are screened against a one-entry sample list (the shared published lists are not in every checkout).
        await using (var listScope = _app.Services.CreateAsyncScope())
        {
            listScope.ServiceProvider.GetRequiredService<ActorContext>().Set(null, null, "loader");
            await Fixtures.LoadSampleListAsync(listScope.ServiceProvider);
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> SignedInPageAsync(Role role)
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(BaseUrl + "/catalog/models");
        await page.FillAsync("#email", $"{role.ToKebab()}@demo.corridor");
        await page.FillAsync("#password", Passwords[role]);
        await page.ClickAsync("button[type=submit]");
        // Signing in hashes the password: on a machine busy with the whole suite the redirect can take a while.
        await page.Locator("#sign-out").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 90_000 });
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await _database.DisposeAsync();
    }
}
