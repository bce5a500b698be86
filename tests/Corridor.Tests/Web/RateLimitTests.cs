using System.Net;
using Corridor.Organisations;
using Corridor.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Corridor.Tests.Web;

/// <summary>The built-in rate limiter on sign-in and token creation, with a host whose limits are low.</summary>
public sealed class RateLimitTests(CorridorAppFactory app) : IClassFixture<CorridorAppFactory>
{
    [Fact]
    public async Task SignIn_OverTheLimit_AnswersTooManyRequests()
    {
        using var host = app.WithWebHostBuilder(b => b.UseSetting("Corridor:RateLimits:SignInPerMinute", "3"));
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = AntiForgery.Token(await client.GetStringAsync("/account/sign-in"));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["email"] = $"nobody-{i}@a.test",
                ["password"] = "wrong-password",
                ["__RequestVerificationToken"] = token,
            }));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode); // the form itself is not limited
    }

    [Fact]
    public async Task TokenCreation_OverTheLimit_AnswersTooManyRequests_AndTheSecretIsNotCached()
    {
        using var host = app.WithWebHostBuilder(b => b.UseSetting("Corridor:RateLimits:TokensPerMinute", "2"));
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var token = AntiForgery.Token(await client.GetStringAsync("/account/sign-in"));
        await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = CorridorAppFactory.Email("A", Role.Analyst),
            ["password"] = CorridorAppFactory.Password,
            ["__RequestVerificationToken"] = token,
        }));

        var first = await client.PostAsync("/api/tokens", JsonContent("{\"name\":\"one\"}"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/tokens", JsonContent("{\"name\":\"two\"}"))).StatusCode);
        var third = await client.PostAsync("/api/tokens", JsonContent("{\"name\":\"three\"}"));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
    }

    private static StringContent JsonContent(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
