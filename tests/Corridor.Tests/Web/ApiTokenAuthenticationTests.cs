using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Corridor.Organisations;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Web;

/// <summary>
/// Bearer tokens through the whole pipeline: a token acts as its user in its organisation with its role, and stops
/// working at once when it expires, is revoked or its user is disabled (nothing about a token is cached).
/// </summary>
public sealed class ApiTokenAuthenticationTests(CorridorAppFactory app) : IClassFixture<CorridorAppFactory>
{
    [Fact]
    public async Task Token_ActsAsItsUserOrganisationAndRole()
    {
        var (client, email) = await NewUserTokenAsync("B", Role.LogisticsPlanner, expiresAt: null);

        var me = await client.GetFromJsonAsync<AccountApi.MeDto>("/api/me");

        Assert.Equal(email, me!.Email);
        Assert.Equal("B", me.Organisation);
        Assert.Equal(Role.LogisticsPlanner.ToKebab(), me.Role);
    }

    [Fact]
    public async Task ExpiredToken_IsRefused()
    {
        var (client, _) = await NewUserTokenAsync("A", Role.Analyst, expiresAt: DateTimeOffset.UtcNow.AddMinutes(-1));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task RevokedToken_StopsWorkingOnTheNextRequest()
    {
        var (client, email) = await NewUserTokenAsync("A", Role.Analyst, expiresAt: null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);

        await app.ActAsync(app.OrganisationA, async sp =>
        {
            var db = sp.GetRequiredService<CorridorDbContext>();
            var token = await db.ApiTokens.SingleAsync(t => t.User!.Email == email);
            token.Revoke(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task TokenOfADisabledUser_StopsWorking()
    {
        var (client, email) = await NewUserTokenAsync("A", Role.LogisticsPlanner, expiresAt: null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);

        await app.ActAsync(app.OrganisationA, async sp =>
        {
            var db = sp.GetRequiredService<CorridorDbContext>();
            (await db.Users.SingleAsync(u => u.Email == email)).Disable();
            await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task UnknownOrMalformedToken_IsRefused()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "cor_" + new string('0', 64));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-corridor-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
    }

    /// <summary>A new user of its own (so that disabling it touches no other test) and a token for it.</summary>
    private async Task<(HttpClient Client, string Email)> NewUserTokenAsync(string org, Role role, DateTimeOffset? expiresAt)
    {
        var email = $"token-{Guid.NewGuid():N}@{org.ToLowerInvariant()}.test";
        var secret = "";
        await app.ActAsync(org == "A" ? app.OrganisationA : app.OrganisationB, async sp =>
        {
            var users = sp.GetRequiredService<UserAdministration>();
            var user = (await users.AddUserAsync(email, "Token test", role, CorridorAppFactory.Password)).Value;
            secret = (await users.CreateTokenAsync(user, "test", expiresAt)).Secret;
        });
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return (client, email);
    }
}
