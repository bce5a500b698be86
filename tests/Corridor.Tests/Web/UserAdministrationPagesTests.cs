using System.Net;
using System.Net.Http.Json;
using Corridor.Organisations;
using Corridor.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Corridor.Tests.Web;

/// <summary>
/// The admin's pages for users and the audit log (issue 21: "admin actions (web, API, CLI)"): adding a user, changing a
/// role, disabling (their cookie stops on the next request), enabling, revoking tokens; other roles are refused; every
/// change shows in the audit log page. Both databases.
/// </summary>
public abstract class UserAdministrationPagesTests<TFactory>(TFactory app)
    where TFactory : CorridorAppFactory
{
    [Fact]
    public async Task Admin_AddsAUser_ChangesTheRole_Disables_AndEachStepIsInTheAuditLog()
    {
        var admin = await app.SignedInClientAsync("A", Role.Admin);
        var email = $"page-{Guid.NewGuid():N}"[..13] + "@a.test";

        var added = await PostAsync(admin, "/account/users", "Add", ("email", email), ("displayName", "Page User"), ("role", "analyst"), ("password", CorridorAppFactory.Password));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var user = (await admin.GetFromJsonAsync<List<AccountApi.UserDto>>("/api/users"))!.Single(u => u.Email == email);
        Assert.Equal("analyst", user.Role);

        var session = await SignInAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/api/users")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, "/account/users", "Role", ("id", user.Id.ToString()), ("role", "admin"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/users")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, "/account/users", "Disable", ("id", user.Id.ToString()))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/me")).StatusCode);
        var page = await admin.GetStringAsync("/account/users");
        Assert.Contains("is disabled", page, StringComparison.Ordinal);

        var audit = await admin.GetStringAsync($"/account/audit?entity=User&who=");
        Assert.Contains(user.Id.ToString(), audit, StringComparison.Ordinal);
        Assert.Contains("&quot;Role&quot;", audit, StringComparison.Ordinal);
        Assert.Contains("&quot;Disabled&quot;", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_CannotDisableOrDemoteThemselves_AndBadInputIsNamed()
    {
        var admin = await app.SignedInClientAsync("B", Role.Admin);
        var me = await admin.GetFromJsonAsync<List<AccountApi.UserDto>>("/api/users");
        var self = me!.Single(u => u.Email == CorridorAppFactory.Email("B", Role.Admin));

        var disable = await PostAsync(admin, "/account/users", "Disable", ("id", self.Id.ToString()));
        Assert.Equal(HttpStatusCode.OK, disable.StatusCode);
        Assert.Contains("cannot disable themselves", await disable.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var operatorRole = await PostAsync(admin, "/account/users", "Add", ("email", "op@b.test"), ("displayName", "Op"), ("role", "operator"), ("password", CorridorAppFactory.Password));
        Assert.Contains("role: operator belongs to the corridor operator", WebUtility.HtmlDecode(await operatorRole.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var weak = await PostAsync(admin, "/account/users", "Add", ("email", "weak@b.test"), ("displayName", "Weak"), ("role", "analyst"), ("password", "1234567890"));
        Assert.Contains("password:", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<List<AccountApi.UserDto>>("/api/users"))!, u => u.Email == "weak@b.test");
    }

    [Theory]
    [InlineData(Role.ExportManager, "/account/users")]
    [InlineData(Role.Analyst, "/account/audit")]
    public async Task OtherRoles_AreRefusedThePages(Role role, string path)
    {
        var client = await app.SignedInClientAsync("A", role);
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminOfAnotherOrganisation_CannotActOnTheUser()
    {
        var users = await (await app.SignedInClientAsync("A", Role.Admin)).GetFromJsonAsync<List<AccountApi.UserDto>>("/api/users");
        var inA = users!.First(u => u.Role == "analyst");
        var adminB = await app.SignedInClientAsync("B", Role.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(adminB, "/account/users", "Disable", ("id", inA.Id.ToString()))).StatusCode);
        Assert.DoesNotContain(inA.Email, await adminB.GetStringAsync("/account/users"), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, params (string Key, string Value)[] fields)
    {
        var token = AntiForgery.Token(await client.GetStringAsync(page));
        var form = fields.Select(f => KeyValuePair.Create(f.Key, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token));
        return await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(form));
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var token = AntiForgery.Token(await client.GetStringAsync("/account/sign-in"));
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email, ["password"] = CorridorAppFactory.Password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}

public sealed class SqliteUserAdministrationPagesTests(CorridorAppFactory app) : UserAdministrationPagesTests<CorridorAppFactory>(app), IClassFixture<CorridorAppFactory>;

public sealed class PostgresUserAdministrationPagesTests(PostgresAppFactory app) : UserAdministrationPagesTests<PostgresAppFactory>(app), IClassFixture<PostgresAppFactory>;
