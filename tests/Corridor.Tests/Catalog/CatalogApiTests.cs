using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Corridor.Catalog;
using Corridor.Common;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Catalog;

/// <summary>Catalogue endpoints: organisation isolation on every route, role checks on every write, validation problems.</summary>
public sealed class CatalogApiTests(CatalogApiTests.Seeded app) : IClassFixture<CatalogApiTests.Seeded>
{
    /// <summary>Organisation B owns one maker, model and part that organisation A must never reach.</summary>
    public sealed class Seeded : IAsyncLifetime
    {
        public CorridorAppFactory Factory { get; } = new();

        public async Task InitializeAsync()
        {
            await Factory.InitializeAsync();
            foreach (var (org, prefix) in new[] { (Factory.OrganisationA, "A"), (Factory.OrganisationB, "B") })
            {
                await Factory.ActAsync(org, async sp =>
                {
                    var db = sp.GetRequiredService<CorridorDbContext>();
                    var maker = new Maker($"{prefix}MAKER", $"Maker of {prefix}", CountryCode.Parse("IR"), "test");
                    db.Makers.Add(maker);
                    await db.SaveChangesAsync();
                    db.VehicleModels.Add(new VehicleModel(maker.Id, $"{prefix}MODEL", $"Model of {prefix}", VehicleCategory.M1, 1600, FuelType.Petrol,
                        EmissionClass.Euro5, 1200, HsCode.Parse("8703.23"), Money.Of(15_000m, "USD"), "test"));
                    db.Parts.Add(new Part(maker.Id, $"{prefix}-PART-1", $"Radiator of {prefix}", "engine-cooling", HsCode.Parse("8708.91"), 6.5m, null, "test"));
                    await db.SaveChangesAsync();
                });
            }
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }

    private CorridorAppFactory Factory => app.Factory;

    public static TheoryData<string> ClientKinds => new() { "cookie", "token" };

    private Task<HttpClient> ClientAsync(string kind, string org, Role role) =>
        kind == "token" ? Factory.TokenClientAsync(org, role) : Factory.SignedInClientAsync(org, role);

    private static readonly string[] OtherOrganisationsRecords = ["/api/catalog/makers/BMAKER", "/api/catalog/models/BMODEL", "/api/catalog/parts/B-PART-1"];

    private static object Body(string url) => url switch
    {
        _ when url.Contains("/makers", StringComparison.Ordinal) => new { code = "BMAKER", name = "Taken over", country = "IR", source = "x" },
        _ when url.Contains("/models", StringComparison.Ordinal) => new { code = "BMODEL", name = "Taken over", maker = "AMAKER", category = "M1", engineCc = 1600, fuel = "petrol", emissionClass = "Euro-5", kerbWeightKg = 1200, hsCode = "8703.23", source = "x" },
        _ => new { partNumber = "B-PART-1", name = "Taken over", maker = "AMAKER", productGroup = "engine-cooling", hsCode = "8708.91", weightKg = 1, source = "x" },
    };

    [Theory]
    [MemberData(nameof(ClientKinds))]
    public async Task EveryRecordRoute_OtherOrganisationsRecord_IsNotFound(string kind)
    {
        var client = await ClientAsync(kind, "A", Role.Admin);
        foreach (var url in OtherOrganisationsRecords)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync(url, Body(url))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync(url)).StatusCode);
        }

        // B's records are untouched and still visible to B.
        var b = await ClientAsync(kind, "B", Role.Analyst);
        foreach (var url in OtherOrganisationsRecords)
        {
            var body = await b.GetStringAsync(url);
            Assert.DoesNotContain("Taken over", body, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(ClientKinds))]
    public async Task EveryListRoute_ShowsOnlyOwnOrganisation(string kind)
    {
        var client = await ClientAsync(kind, "A", Role.Analyst);
        foreach (var list in new[] { "/api/catalog/makers", "/api/catalog/models", "/api/catalog/parts", "/api/catalog/models?search=model", "/api/catalog/parts?group=engine-cooling" })
        {
            var text = await client.GetStringAsync(list);
            Assert.Contains("\"A", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\"B", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Pages_OtherOrganisationsRecord_IsNotFound()
    {
        var client = await Factory.SignedInClientAsync("A", Role.Admin);
        foreach (var page in new[] { "/catalog/makers/BMAKER", "/catalog/models/BMODEL", "/catalog/parts/B-PART-1" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(page)).StatusCode);
        }

        Assert.DoesNotContain("BMODEL", await client.GetStringAsync("/catalog/models"), StringComparison.Ordinal);
        Assert.Contains("AMODEL", await client.GetStringAsync("/catalog/models?q=amodel"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ClientKinds))]
    public async Task EveryWriteRoute_Analyst_IsForbiddenAndNothingChanges(string kind)
    {
        var client = await ClientAsync(kind, "A", Role.Analyst);
        var own = new[] { "/api/catalog/makers/AMAKER", "/api/catalog/models/AMODEL", "/api/catalog/parts/A-PART-1" };
        foreach (var url in own)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync(url, Body(url))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync(url[..url.LastIndexOf('/')], Body(url))).StatusCode);
            Assert.DoesNotContain("Taken over", await client.GetStringAsync(url), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Role.ComplianceOfficer)]
    [InlineData(Role.LogisticsPlanner)]
    public async Task CatalogWrite_RoleThatDoesNotOwnCatalogue_IsForbidden(Role role)
    {
        var client = await Factory.SignedInClientAsync("A", role);
        var response = await client.PostAsJsonAsync("/api/catalog/makers", new { code = "NEWONE", name = "New", country = "IR", source = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_ApiRequest_IsUnauthorized()
    {
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/catalog/makers")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new("Bearer", "cor_0000000000000000000000000000000000000000000000000000000000000000");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/catalog/makers")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_Page_RedirectsToSignIn()
    {
        var response = await Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/catalog/models");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMaker_ExportManager_IsStoredInOwnOrganisationAndAudited()
    {
        var client = await Factory.TokenClientAsync("A", Role.ExportManager);
        var response = await client.PostAsJsonAsync("/api/catalog/makers", new { code = "avtovaz", name = "AvtoVAZ", country = "RU", source = "test" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        await Factory.ActAsync(Factory.OrganisationA, async sp =>
        {
            var db = sp.GetRequiredService<CorridorDbContext>();
            var maker = await db.Makers.SingleAsync(m => m.Code == "AVTOVAZ");
            Assert.Equal(Factory.OrganisationA, maker.OrganisationId);
            var audit = await db.AuditLog.SingleAsync(a => a.EntityType == nameof(Maker) && a.EntityKey == maker.Id.ToString());
            Assert.Equal(CorridorAppFactory.Email("A", Role.ExportManager), audit.Actor);
        });
        Assert.Equal(HttpStatusCode.NotFound, (await (await Factory.SignedInClientAsync("B", Role.Admin)).GetAsync("/api/catalog/makers/AVTOVAZ")).StatusCode);
    }

    [Fact]
    public async Task CreateModel_BadFields_AnswersValidationProblemNamingTheField()
    {
        var client = await Factory.SignedInClientAsync("A", Role.Admin);
        var response = await client.PostAsJsonAsync("/api/catalog/models", new
        {
            code = "BROKEN", name = "Broken", maker = "AMAKER", category = "M1", engineCc = 1600, fuel = "petrol",
            emissionClass = "Euro-5", kerbWeightKg = 1200, hsCode = "87", source = "x",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("hsCode", out _));
    }

    [Fact]
    public async Task CreateMaker_DuplicateCode_IsConflict()
    {
        var client = await Factory.SignedInClientAsync("A", Role.Admin);
        var response = await client.PostAsJsonAsync("/api/catalog/makers", new { code = "AMAKER", name = "Again", country = "IR", source = "x" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
