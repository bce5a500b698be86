using System.Net;
using Corridor.Organisations;
using Corridor.Tests.Support;
using Corridor.Tests.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Operations;

/// <summary>Behind a TLS-terminating proxy the session cookie must be Secure, but only when the proxy is a known one.</summary>
public sealed class ForwardedHeadersTests(CorridorAppFactory app) : IClassFixture<CorridorAppFactory>
{
    private const string Proxy = "10.0.0.5";

    [Theory]
    [InlineData(Proxy, true)]
    [InlineData("10.0.0.9", false)]
    public async Task SignIn_ForwardedAsHttps_SecureCookieOnlyFromAKnownProxy(string remote, bool secure)
    {
        using var factory = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Corridor:ForwardedHeaders:KnownProxies:0", Proxy);
            b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddress(IPAddress.Parse(remote))));
        });
        // Cookies by hand: the test client talks plain HTTP to the server (as the proxy does), and a cookie container
        // would not send back the Secure antiforgery cookie that the browser, on HTTPS to the proxy, does send.
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        var page = await client.GetAsync("/account/sign-in");
        var antiforgery = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Equal(secure, antiforgery.Contains("secure", StringComparison.OrdinalIgnoreCase));
        var post = new HttpRequestMessage(HttpMethod.Post, "/account/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["email"] = CorridorAppFactory.Email("A", Role.Analyst),
                ["password"] = CorridorAppFactory.Password,
                ["__RequestVerificationToken"] = AntiForgery.Token(await page.Content.ReadAsStringAsync()),
            }),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var response = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("corridor.session=", StringComparison.Ordinal));
        Assert.Equal(secure, session.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The test server has no client address; this gives each request the one a proxy would have.</summary>
    private sealed class RemoteAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(builder);
        };
    }
}
