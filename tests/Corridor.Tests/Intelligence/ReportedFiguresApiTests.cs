using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Corridor.Import;
using Corridor.Organisations;
using Corridor.Tests.Support;
using Corridor.Tests.Web;
using Microsoft.Extensions.DependencyInjection;
using static Corridor.Tests.Documents.DocumentsApiTests;

namespace Corridor.Tests.Intelligence;

/// <summary>
/// <c>GET /api/reported-figures</c> and the home page's count follow the rule of /intelligence/figures
/// (ReportedFigureBoard): the caller's organisation's reviewed facts first — a fact stating a reference row takes the
/// row's place and key — then the rows of reported-figures.csv no fact states. Another organisation still sees the
/// reference rows only. Expectations come from the CSV (read here) and the article text. Both databases.
/// </summary>
public abstract partial class ReportedFiguresApiTests<TFactory>(TFactory app)
    where TFactory : CorridorAppFactory
{
    private const string RowKey = "ikco-export-target-annual";

    [Fact]
    public async Task ReportedFigures_AfterReview_ListTheOrganisationsFactsAndOnlyItsOwn()
    {
        await app.ActAsync(app.OrganisationA, async sp =>
        {
            var imported = await sp.GetRequiredService<ImportRunner>().RunAsync(Fixtures.ReferenceData);
            Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
        });
        var rows = TestCsv.Rows(Path.Combine(Fixtures.ReferenceData, "reported-figures.csv")).ToList();
        var row = rows.Single(r => r[0] == RowKey);
        var analyst = await app.TokenClientAsync("A", Role.Analyst);
        var other = await app.TokenClientAsync("B", Role.Admin);

        var before = await ListAsync(analyst, "");
        Assert.Equal(rows.Select(r => r[0]).Order(StringComparer.Ordinal), before.Select(f => f.Key));
        Assert.All(before, f => Assert.Equal("reference", f.Origin));
        Assert.Equal(rows.Count, await HomeCountAsync("A"));

        // The row's own sentence, and a second figure that no row states.
        var quote = row[7];
        var extra = $"Saipa exported 1,357 cars to Kazakhstan in 2024, a dealer said (ref {Guid.NewGuid():N}).";
        var text = quote + "\n" + extra;
        var created = await JsonAsync(await analyst.PostAsJsonAsync("/api/intelligence/articles", new { source = "target.txt", publisher = "Test", published = "2022-08-21", content = text }));
        var queue = await JsonAsync(await analyst.GetAsync($"/api/intelligence/candidates?article={created.GetProperty("article").GetProperty("id").GetString()}"));
        var target = queue.EnumerateArray().First(c => c.GetProperty("value").GetDecimal() == decimal.Parse(row[3], CultureInfo.InvariantCulture));
        var exports = queue.EnumerateArray().Single(c => c.GetProperty("value").GetDecimal() == 1_357m);
        await JsonAsync(await analyst.PostAsJsonAsync($"/api/intelligence/candidates/{target.GetProperty("id").GetString()}/accept",
            new { subject = row[1], metric = row[2], value = decimal.Parse(row[3], CultureInfo.InvariantCulture), unit = row[4], periodFrom = row[5], periodUntil = row[6] }));
        await JsonAsync(await analyst.PostAsJsonAsync($"/api/intelligence/candidates/{exports.GetProperty("id").GetString()}/accept",
            new { subject = "SAIPA", metric = "vehicle_exports", value = 1_357m, unit = "vehicles", periodFrom = "2024-01-01", periodUntil = "2025-01-01" }));

        var after = await ListAsync(analyst, "");
        Assert.Equal(rows.Count + 1, after.Count);
        var reviewed = after.TakeWhile(f => f.Origin == "reviewed").ToList();
        Assert.Equal(2, reviewed.Count); // reviewed facts first, then the reference rows
        Assert.All(after.Skip(2), f => Assert.Equal("reference", f.Origin));
        var stated = Assert.Single(after, f => f.Key == RowKey);
        Assert.Equal(("reviewed", quote, "target.txt"), (stated.Origin, stated.Quote, stated.Source));
        Assert.Equal(quote, text.Substring(stated.SentenceStart!.Value, stated.SentenceLength!.Value));
        var added = Assert.Single(reviewed, f => f.Key != RowKey);
        Assert.Equal(("SAIPA", 1_357m, extra), (added.Subject, added.Value, added.Quote));
        Assert.Equal(rows.Count + 1, await HomeCountAsync("A"));

        var ikco = await ListAsync(analyst, "?subject=IKCO");
        Assert.Equal(rows.Count(r => r[1] == "IKCO"), ikco.Count);
        Assert.Contains(ikco, f => f.Key == RowKey && f.Origin == "reviewed");

        // Organisation B has reviewed nothing: the reference rows as typed, none of A's facts.
        var theirs = await ListAsync(other, "");
        Assert.Equal(rows.Select(r => r[0]).Order(StringComparer.Ordinal), theirs.Select(f => f.Key));
        Assert.All(theirs, f => Assert.Equal("reference", f.Origin));
        Assert.Equal(quote, Assert.Single(theirs, f => f.Key == RowKey).Quote);
        Assert.DoesNotContain(theirs, f => f.Value == 1_357m);
        Assert.Equal(rows.Count, await HomeCountAsync("B"));
    }

    private static async Task<List<Figure>> ListAsync(HttpClient client, string query) =>
        (await JsonAsync(await client.GetAsync("/api/reported-figures" + query))).Deserialize<List<Figure>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    private async Task<int> HomeCountAsync(string org)
    {
        var page = await (await app.SignedInClientAsync(org, Role.Analyst)).GetStringAsync("/");
        return int.Parse(HomeCount().Match(page).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private sealed record Figure(string Key, string Subject, decimal Value, string Quote, string Source, string Origin, int? SentenceStart, int? SentenceLength);

    [GeneratedRegex("""<a href="/intelligence/figures">(\d+)</a>""")]
    private static partial Regex HomeCount();
}

public sealed class SqliteReportedFiguresApiTests(CorridorAppFactory app) : ReportedFiguresApiTests<CorridorAppFactory>(app), IClassFixture<CorridorAppFactory>;

public sealed class PostgresReportedFiguresApiTests(PostgresAppFactory app) : ReportedFiguresApiTests<PostgresAppFactory>(app), IClassFixture<PostgresAppFactory>;
