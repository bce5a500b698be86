using System.Net;
using System.Net.Http.Json;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Web;

/// <summary>
/// Session cookies are re-checked on every request against the stored session and the user's current state; admins
/// disable users and revoke their tokens; wrong passwords lock an account (stored, so a second server agrees); sign-in
/// refusals are audited; shared reference data is written by the operator only. Run on SQLite and PostgreSQL.
/// </summary>
public abstract class AccountSessionTests<TFactory>(TFactory app)
    where TFactory : CorridorAppFactory
{
    [Fact]
    public async Task SignOut_CopiedCookie_AnswersUnauthorized()
    {
        var (email, _) = await NewUserAsync("A", Role.Analyst);
        var cookie = await SignInAsync(email, CorridorAppFactory.Password);
        var copy = Client(cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/me")).StatusCode);

        var tokensPage = await Client(cookie).GetAsync("/account/tokens");
        var browser = Client(cookie + "; " + Cookies(tokensPage));
        var signOut = await browser.PostAsync("/account/sign-out", Form(("__RequestVerificationToken", AntiForgery.Token(await tokensPage.Content.ReadAsStringAsync()))));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task DisableUser_EndsTheirCookieAndTokensOnTheNextRequest()
    {
        var (email, id) = await NewUserAsync("A", Role.ExportManager);
        var cookie = Client(await SignInAsync(email, CorridorAppFactory.Password));
        var token = await TokenClientAsync(cookie);
        Assert.Equal(HttpStatusCode.OK, (await cookie.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/me")).StatusCode);

        var admin = await app.SignedInClientAsync("A", Role.Admin);
        var disabled = await admin.PostAsync($"/api/users/{id}/disable", null);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.True((await disabled.Content.ReadFromJsonAsync<AccountApi.UserDto>())!.Disabled);

        Assert.Equal(HttpStatusCode.Unauthorized, (await cookie.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/me")).StatusCode);
        Assert.Null(await TrySignInAsync(email, CorridorAppFactory.Password));
    }

    [Fact]
    public async Task DemotedAdmin_CookieLosesAdminOnTheNextRequest()
    {
        var (email, id) = await NewUserAsync("A", Role.Admin);
        var client = Client(await SignInAsync(email, CorridorAppFactory.Password));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/audit?limit=1")).StatusCode);

        await app.ActAsync(app.OrganisationA, async sp =>
        {
            var db = sp.GetRequiredService<CorridorDbContext>();
            (await db.Users.SingleAsync(u => u.Id == id)).ChangeRole(Role.Analyst);
            await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/audit?limit=1")).StatusCode);
        Assert.Equal("analyst", (await client.GetFromJsonAsync<AccountApi.MeDto>("/api/me"))!.Role);
    }

    [Fact]
    public async Task RevokeTokens_OfAnotherUser_StopsTheirTokensAndSessions()
    {
        var (email, id) = await NewUserAsync("A", Role.LogisticsPlanner);
        var cookie = Client(await SignInAsync(email, CorridorAppFactory.Password));
        var token = await TokenClientAsync(cookie);

        var admin = await app.SignedInClientAsync("A", Role.Admin);
        var revoked = await admin.PostAsync($"/api/users/{id}/revoke-tokens", null);

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(1, (await revoked.Content.ReadFromJsonAsync<AccountApi.RevokedDto>())!.TokensRevoked);
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await cookie.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task DisableUser_OfAnotherOrganisationOrSelf_IsRefused()
    {
        var (_, idInA) = await NewUserAsync("A", Role.Analyst);
        var adminB = await app.SignedInClientAsync("B", Role.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await adminB.PostAsync($"/api/users/{idInA}/disable", null)).StatusCode);

        var (adminEmail, adminId) = await NewUserAsync("B", Role.Admin);
        var self = Client(await SignInAsync(adminEmail, CorridorAppFactory.Password));
        Assert.Equal(HttpStatusCode.Conflict, (await self.PostAsync($"/api/users/{adminId}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInClientAsync("A", Role.ExportManager)).PostAsync($"/api/users/{idInA}/disable", null)).StatusCode);
    }

    [Fact]
    public async Task WrongPasswords_LockTheAccount_OnEveryServer_AndAreAudited()
    {
        var (email, id) = await NewUserAsync("B", Role.Analyst);
        for (var i = 0; i < User.LockoutThreshold; i++)
        {
            Assert.Null(await TrySignInAsync(email, "wrong-password-" + i));
        }

        // The right password is refused while locked, also by a second server on the same database.
        Assert.Null(await TrySignInAsync(email, CorridorAppFactory.Password));
        using var second = app.WithWebHostBuilder(_ => { });
        Assert.Null(await TrySignInAsync(email, CorridorAppFactory.Password, second));

        var audit = await (await app.SignedInClientAsync("B", Role.Admin)).GetFromJsonAsync<List<AccountApi.AuditDto>>("/api/audit?limit=500");
        var refusals = audit!.Where(a => a.EntityType == "SignIn" && a.EntityKey == id.ToString()).ToList();
        Assert.Equal(User.LockoutThreshold + 2, refusals.Count);
        Assert.Equal(User.LockoutThreshold - 1, refusals.Count(a => a.Changes.Contains(nameof(SignInOutcome.WrongPassword), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SuccessfulSignIn_IsAuditedAsASession()
    {
        var (email, id) = await NewUserAsync("A", Role.Analyst);
        await SignInAsync(email, CorridorAppFactory.Password);

        var audit = await (await app.SignedInClientAsync("A", Role.Admin)).GetFromJsonAsync<List<AccountApi.AuditDto>>("/api/audit?limit=500");
        Assert.Contains(audit!, a => a.EntityType == nameof(UserSession) && a.Action == "added" && a.Actor == email && a.Changes.Contains(id.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1234567890")]
    [InlineData("aaaaaaaaaa")]
    [InlineData("          ")]
    [InlineData("qwertyuiop")]
    [InlineData("Password123")]
    public async Task AddUser_WithACommonPassword_IsRefusedNamingTheField(string password)
    {
        var admin = await app.SignedInClientAsync("A", Role.Admin);
        var response = await admin.PostAsJsonAsync("/api/users", new { email = $"weak-{Guid.NewGuid():N}@a.test", displayName = "Weak", role = "analyst", password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"password\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarketRules_AreWrittenByTheOperatorOnly()
    {
        var exporterAdmin = await app.SignedInClientAsync("A", Role.Admin);
        Assert.Equal(HttpStatusCode.Forbidden, (await exporterAdmin.PostAsJsonAsync("/api/access/rules", new { })).StatusCode);

        var op = await app.SignedInClientAsync(CorridorAppFactory.OperatorCode, Role.Operator);
        var status = (await op.PostAsJsonAsync("/api/access/rules", new { })).StatusCode;
        Assert.Equal(HttpStatusCode.BadRequest, status); // authorised, and the empty rule is refused as input
    }

    [Fact]
    public async Task OperatorRole_InAnExporterOrganisation_IsRefused()
    {
        var admin = await app.SignedInClientAsync("A", Role.Admin);
        var response = await admin.PostAsJsonAsync("/api/users", new { email = $"op-{Guid.NewGuid():N}@a.test", displayName = "Op", role = "operator", password = CorridorAppFactory.Password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"role\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(string Email, Guid Id)> NewUserAsync(string org, Role role)
    {
        var email = $"acc-{Guid.NewGuid():N}@{org.ToLowerInvariant()}.test";
        var id = Guid.Empty;
        await app.ActAsync(org == "A" ? app.OrganisationA : app.OrganisationB, async sp =>
            id = (await sp.GetRequiredService<UserAdministration>().AddUserAsync(email, "Account test", role, CorridorAppFactory.Password)).Value.Id);
        return (email, id);
    }

    private async Task<string> SignInAsync(string email, string password) =>
        await TrySignInAsync(email, password) ?? throw new InvalidOperationException($"sign-in as {email} failed");

    /// <summary>Signs in through the page without a cookie container; the session cookie's header value, or null when refused.</summary>
    private async Task<string?> TrySignInAsync(string email, string password, WebApplicationFactory<Program>? host = null)
    {
        var client = (host ?? app).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var get = await client.GetAsync("/account/sign-in");
        var antiforgery = Cookies(get);
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = Form(("email", email), ("password", password), ("__RequestVerificationToken", AntiForgery.Token(await get.Content.ReadAsStringAsync()))),
        };
        post.Headers.Add("Cookie", antiforgery);
        var response = await client.SendAsync(post);
        return response.StatusCode == HttpStatusCode.Redirect ? Cookies(response) : null;
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    private HttpClient Client(string cookie)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private async Task<HttpClient> TokenClientAsync(HttpClient session)
    {
        var created = await session.PostAsJsonAsync("/api/tokens", new { name = "test", expiresInDays = 1 });
        created.EnsureSuccessStatusCode();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await created.Content.ReadFromJsonAsync<AccountApi.NewTokenDto>())!.Token);
        return client;
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));
}

public sealed class SqliteAccountSessionTests(CorridorAppFactory app) : AccountSessionTests<CorridorAppFactory>(app), IClassFixture<CorridorAppFactory>;

public sealed class PostgresAccountSessionTests(PostgresAppFactory app) : AccountSessionTests<PostgresAppFactory>(app), IClassFixture<PostgresAppFactory>;
