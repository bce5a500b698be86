using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Web;

/// <summary>
/// Browser hardening (issue 21, decision 028): the security headers on every kind of response, scripts only by the
/// request's nonce, no caching of answers, Secure cookies over TLS, cookie-authenticated API writes refused from another
/// site, and refused requests in the audit log and the metrics. Run on SQLite and PostgreSQL.
/// </summary>
public abstract partial class BrowserHardeningTests<TFactory>(TFactory app)
    where TFactory : CorridorAppFactory
{
    [Theory]
    [InlineData("/account/sign-in", false)]
    [InlineData("/api/me", false)]
    [InlineData("/no-such-page", false)]
    [InlineData("/openapi/v1.json", false)]
    [InlineData("/", true)]
    [InlineData("/api/catalog/makers", true)]
    [InlineData("/api/catalog/makers/NO-SUCH", true)]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path, bool signedIn)
    {
        var client = signedIn ? await app.SignedInClientAsync("A", Role.Analyst) : app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", ScriptSource(policy), StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task StaticAssets_AreCacheable_AndTheScriptIsServed()
    {
        var client = app.CreateClient();
        var css = await client.GetAsync("/app.css");
        var js = await client.GetAsync("/app.js");
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Equal("text/javascript", js.Content.Headers.ContentType?.MediaType);
        Assert.Contains("data-confirm", await js.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(css.Headers.CacheControl);
        Assert.Equal("nosniff", Header(css, "X-Content-Type-Options"));
    }

    [Fact]
    public async Task OrderEntryPage_ItsScriptCarriesThePolicysNonce_AndNoPageHasInlineHandlers()
    {
        var client = await app.SignedInClientAsync("A", Role.ExportManager);
        var response = await client.GetAsync("/trade/orders/new");
        var html = await response.Content.ReadAsStringAsync();
        var nonce = NonceInPolicy().Match(Header(response, "Content-Security-Policy")).Groups[1].Value;

        Assert.NotEmpty(nonce);
        Assert.Contains($"<script nonce=\"{nonce}\">", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(InlineHandler(), html);

        // A second request gets a nonce of its own.
        var again = await client.GetAsync("/trade/orders/new");
        Assert.NotEqual(nonce, NonceInPolicy().Match(Header(again, "Content-Security-Policy")).Groups[1].Value);
    }

    [Fact]
    public async Task NewTokenAnswer_CarryingTheSecret_IsNotCacheable()
    {
        var client = await app.SignedInClientAsync("A", Role.Analyst);
        var created = await client.PostAsJsonAsync("/api/tokens", new { name = "cache-test", expiresInDays = 1 });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal("no-store", created.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("https://localhost", true)]
    [InlineData("http://localhost", false)]
    public async Task Cookies_AreSecure_ExactlyWhenServedOverTls(string baseAddress, bool secure)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/account/sign-in");
        var antiforgery = SetCookies(page).Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
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
        var signIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var session = SetCookies(signIn).Single(c => c.StartsWith(Corridor.Web.AuthSchemes.SessionCookie + "=", StringComparison.Ordinal));

        Assert.Equal(secure, IsSecure(antiforgery));
        Assert.Equal(secure, IsSecure(session));
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "http://localhost:9999")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task CookieApiWrite_FromAnotherSite_IsRefusedAndWritesNothing(string header, string value)
    {
        var client = await app.SignedInClientAsync("A", Role.ExportManager);
        var code = "XS" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/catalog/makers") { Content = JsonContent.Create(new { code, name = "Forged", country = "IR", source = "csrf" }) };
        request.Headers.Add(header, value);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/catalog/makers/{code}")).StatusCode);
    }

    [Fact]
    public async Task CookieApiWrite_FromThisSite_AndTokenWrite_FromAnywhere_AreAccepted()
    {
        var cookie = await app.SignedInClientAsync("A", Role.ExportManager);
        var own = new HttpRequestMessage(HttpMethod.Post, "/api/catalog/makers") { Content = JsonContent.Create(new { code = "SAME" + Suffix(), name = "Own page", country = "IR", source = "test" }) };
        own.Headers.Add("Origin", "http://localhost");
        own.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.Created, (await cookie.SendAsync(own)).StatusCode);

        var token = await app.TokenClientAsync("A", Role.ExportManager);
        var script = new HttpRequestMessage(HttpMethod.Post, "/api/catalog/makers") { Content = JsonContent.Create(new { code = "TOK" + Suffix(), name = "Script", country = "IR", source = "test" }) };
        script.Headers.Add("Origin", "https://elsewhere.example");
        Assert.Equal(HttpStatusCode.Created, (await token.SendAsync(script)).StatusCode);
    }

    [Fact]
    public async Task RoleRefusal_IsAuditedWithPathAndPolicy()
    {
        var analyst = await app.SignedInClientAsync("B", Role.Analyst);
        var path = "/api/catalog/makers";
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync(path, new { code = "NOPE", name = "No", country = "IR", source = "x" })).StatusCode);

        await app.ActAsync(app.OrganisationB, async sp =>
        {
            var db = sp.GetRequiredService<CorridorDbContext>();
            var entries = await db.AuditLog.AsNoTracking().Where(e => e.EntityType == "Request" && e.Action == "refused" && e.Actor == CorridorAppFactory.Email("B", Role.Analyst)).ToListAsync();
            var entry = Assert.Single(entries, e => e.Changes.Contains(path, StringComparison.Ordinal));
            Assert.Equal(app.OrganisationB, entry.OrganisationId);
            Assert.Contains("forbidden", entry.Changes, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task MetricsEndpoint_ShowsRequestAndBusinessInstruments()
    {
        var officer = await app.SignedInClientAsync("A", Role.ComplianceOfficer);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostAsJsonAsync("/api/compliance/counterparties", new { name = "Metrics Test " + Suffix(), type = "organisation" })).StatusCode);

        var metrics = await app.CreateClient().GetStringAsync("/metrics");

        Assert.Contains("corridor_screenings_total", metrics, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    private static bool IsSecure(string setCookie) =>
        setCookie.Split(';').Any(p => p.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase));

    private static List<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : $"(no {name})";

    private static string ScriptSource(string policy) =>
        policy.Split(';').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("script-src", StringComparison.Ordinal)) ?? "";

    [GeneratedRegex("'nonce-([A-Za-z0-9+/=]+)'")]
    private static partial Regex NonceInPolicy();

    [GeneratedRegex("\\son(submit|click|change|load|input)=\"", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}

public sealed class SqliteBrowserHardeningTests(CorridorAppFactory app) : BrowserHardeningTests<CorridorAppFactory>(app), IClassFixture<CorridorAppFactory>;

public sealed class PostgresBrowserHardeningTests(PostgresAppFactory app) : BrowserHardeningTests<PostgresAppFactory>(app), IClassFixture<PostgresAppFactory>;
