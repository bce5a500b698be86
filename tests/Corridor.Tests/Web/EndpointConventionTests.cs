using System.Net;
using System.Text.Json;
using Corridor.Organisations;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Web;

/// <summary>
/// Rules every API route must keep, checked over the routes the application actually maps, so that a new
/// feature's endpoints are held to them without writing a test per route.
/// </summary>
public sealed class EndpointConventionTests(CorridorAppFactory app) : IClassFixture<CorridorAppFactory>
{
    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    // ProposedRuleImpact is a POST only to carry the proposed rules in a body; it computes and writes nothing.
    private static readonly HashSet<string> SelfServiceWrites = ["CreateToken", "RevokeToken", "ProposedRuleImpact"];

    private IReadOnlyList<RouteEndpoint> ApiRoutes() =>
        app.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true && e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .ToList();

    [Fact]
    public void EveryApiRoute_RequiresAnAuthenticatedUser()
    {
        var routes = ApiRoutes();
        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.True(
            r.Metadata.GetOrderedMetadata<IAuthorizeData>().Any() && r.Metadata.GetMetadata<IAllowAnonymous>() is null,
            $"{r.RoutePattern.RawText} does not require authorization"));
    }

    [Fact]
    public void EveryApiWrite_RequiresAWritePolicy()
    {
        var writes = ApiRoutes().Where(r => r.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Any(m => WriteMethods.Contains(m)) == true).ToList();
        Assert.NotEmpty(writes);
        foreach (var route in writes)
        {
            var name = route.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName;
            if (SelfServiceWrites.Contains(name))
            {
                continue; // a user's own API tokens: any signed-in user, always within their own account
            }

            var policies = route.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            Assert.True(policies.Any(p => p is not null && p != Policies.Read), $"{name} ({route.RoutePattern.RawText}) has no write policy");
        }
    }

    [Fact]
    public async Task OpenApiDocument_DescribesEveryApiRouteWithSummary()
    {
        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        using var doc = JsonDocument.Parse(json);
        var operations = doc.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => o.Value))
            .ToDictionary(o => o.GetProperty("operationId").GetString()!, o => o);

        foreach (var route in ApiRoutes())
        {
            var name = route.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName;
            Assert.True(operations.TryGetValue(name, out var op), $"{name} is missing from the OpenAPI document");
            Assert.False(string.IsNullOrWhiteSpace(op.GetProperty("summary").GetString()), $"{name} has no summary");
        }
    }

    [Fact]
    public async Task ApiReferencePage_IsServed()
    {
        var client = app.CreateClient();
        var page = await client.GetStringAsync("/api/reference/");
        Assert.Contains("openapi/v1.json", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_NonAdmin_IsForbidden_AdminSeesOnlyOwnOrganisation()
    {
        var manager = await app.SignedInClientAsync("A", Role.ExportManager);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/users")).StatusCode);

        var admin = await app.TokenClientAsync("A", Role.Admin);
        var users = await admin.GetStringAsync("/api/users");
        Assert.Contains("@a.test", users, StringComparison.Ordinal);
        Assert.DoesNotContain("@b.test", users, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokedToken_IsRefused()
    {
        var session = await app.SignedInClientAsync("B", Role.Analyst);
        var token = await app.TokenClientAsync("B", Role.Analyst);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/me")).StatusCode);

        var secret = token.DefaultRequestHeaders.Authorization!.Parameter!;
        using var list = JsonDocument.Parse(await session.GetStringAsync("/api/tokens"));
        var id = list.RootElement.EnumerateArray().Single(t => secret.StartsWith(t.GetProperty("prefix").GetString()!, StringComparison.Ordinal) && t.GetProperty("revokedAt").ValueKind == JsonValueKind.Null).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await session.DeleteAsync($"/api/tokens/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task RevokeToken_OfAnotherOrganisation_IsNotFound()
    {
        var bSession = await app.SignedInClientAsync("B", Role.Admin);
        await app.TokenClientAsync("B", Role.Admin);
        using var list = JsonDocument.Parse(await bSession.GetStringAsync("/api/tokens"));
        var id = list.RootElement.EnumerateArray().First().GetProperty("id").GetString();

        var a = await app.SignedInClientAsync("A", Role.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await a.DeleteAsync($"/api/tokens/{id}")).StatusCode);
    }
}
