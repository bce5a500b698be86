using System.Net;
using System.Net.Http.Json;
using Corridor.Organisations;
using Corridor.Tests.Web;
using static Corridor.Tests.Documents.DocumentsApiTests;

namespace Corridor.Tests.Intelligence;

/// <summary>The intelligence API end to end: upload (new, then the same text again), the queue, accept with an edit, reject, roles, isolation.</summary>
public sealed class IntelligenceApiTests(ReferenceDataApp app) : IClassFixture<ReferenceDataApp>
{
    [Fact]
    public async Task UploadReviewAndRoles_FollowTheWritePolicy()
    {
        var analyst = await app.Factory.TokenClientAsync("A", Role.Analyst);
        var officer = await app.Factory.TokenClientAsync("A", Role.ComplianceOfficer);
        var other = await app.Factory.TokenClientAsync("B", Role.Admin);
        var text = $"Iran Khodro exported 2,400 cars to Russia in 2023, the company said. Ref {Guid.NewGuid():N}.";
        var body = new { source = "https://example.test/ikco", publisher = "Example News", published = "2024-01-15", content = text };

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync("/api/intelligence/articles", body)).StatusCode);
        var created = await analyst.PostAsJsonAsync("/api/intelligence/articles", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var article = (await JsonAsync(created)).GetProperty("article");
        var again = await analyst.PostAsJsonAsync("/api/intelligence/articles", body with { source = "elsewhere" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(article.GetProperty("id").GetString(), (await JsonAsync(again)).GetProperty("article").GetProperty("id").GetString());

        var noDate = await analyst.PostAsJsonAsync("/api/intelligence/articles", new { source = "x", content = "Saipa sold 10 cars." });
        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);
        Assert.Contains("published", await noDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var id = article.GetProperty("id").GetString();
        var queue = await JsonAsync(await analyst.GetAsync($"/api/intelligence/candidates?article={id}"));
        var candidate = queue.EnumerateArray().Single(c => c.GetProperty("value").GetDecimal() == 2_400m);
        var start = candidate.GetProperty("figureStart").GetInt32();
        Assert.Equal("2,400 cars", text.Substring(start, candidate.GetProperty("figureLength").GetInt32()));
        var candidateId = candidate.GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/intelligence/candidates/{candidateId}/accept", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/intelligence/candidates/{candidateId}/accept", new { })).StatusCode);
        var bad = await analyst.PostAsJsonAsync($"/api/intelligence/candidates/{candidateId}/accept", new { periodFrom = "2023-06-01", periodUntil = "2023-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var fact = await JsonAsync(await analyst.PostAsJsonAsync($"/api/intelligence/candidates/{candidateId}/accept", new { subject = "IKCO", metric = "vehicle_exports_to_ru" }));
        Assert.Equal(("IKCO", "vehicle_exports_to_ru", 2_400m), (fact.GetProperty("subject").GetString(), fact.GetProperty("metric").GetString(), fact.GetProperty("value").GetDecimal()));
        var source = fact.GetProperty("sources")[0];
        Assert.Equal(text[source.GetProperty("sentenceStart").GetInt32()..(source.GetProperty("sentenceStart").GetInt32() + source.GetProperty("sentenceLength").GetInt32())],
            source.GetProperty("quote").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await analyst.PostAsJsonAsync($"/api/intelligence/candidates/{candidateId}/reject", new { reason = "changed my mind" })).StatusCode);

        var facts = await JsonAsync(await analyst.GetAsync("/api/intelligence/facts?subject=IKCO"));
        Assert.Contains(facts.EnumerateArray(), f => f.GetProperty("id").GetString() == fact.GetProperty("id").GetString());
        Assert.Empty((await JsonAsync(await other.GetAsync("/api/intelligence/facts"))).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/intelligence/articles/{id}")).StatusCode);
    }
}
