using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Corridor.Analytics;
using Corridor.Intelligence;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Tests.Trade;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Intelligence;

/// <summary>
/// Issue 15's review flow on each provider: a reference article taken in, its candidates stored with offsets, one
/// accepted with the values of its row in reported-figures.csv (read here from the CSV), one rejected; the reported
/// figures then show the reviewed fact with the article's sentence; the same text again writes nothing; the same
/// figure from two articles is one fact with two sources; different values for one statement are a conflict; and
/// organisation B sees none of A's articles, candidates or facts.
/// </summary>
public abstract class ReviewFlowTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly string News = Path.GetFullPath(Path.Combine(Fixtures.ReferenceData, "../../../shared/reference/news"));
    private TradeDatabase _db = null!;

    public async Task InitializeAsync() => _db = await TradeDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task ReviewFlow_ImportAcceptRejectEdit_ReportedFigureCarriesSourceAndOffsets()
    {
        var row = CsvRow("ikco-ru-exports-2007-2009");
        var text = await File.ReadAllTextAsync(Path.Combine(News, "001_d25e4be572160a28.txt"));
        Article article;
        await using (var scope = _db.Scope(_db.OrganisationA, "analyst@a.test"))
        {
            var imported = await scope.ServiceProvider.GetRequiredService<ArticleIntake>()
                .ImportAsync(new ArticleInput("001_d25e4be572160a28.txt", "TheBlaze/AP", new DateOnly(2014, 6, 29), "en", text));
            Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
            Assert.True(imported.Value.Created);
            article = imported.Value.Article;
            Assert.True(imported.Value.Candidates > 5, $"{imported.Value.Candidates} candidates");
        }

        await using (var scope = _db.Scope(_db.OrganisationA, "analyst@a.test"))
        {
            var review = scope.ServiceProvider.GetRequiredService<FactReview>();
            var queue = await review.QueueAsync();
            Assert.All(queue, v =>
            {
                // The stored offsets point at the sentence and the figure in the stored text.
                Assert.Equal(v.Sentence, article.Text.Substring(v.Candidate.SentenceStart, v.Candidate.SentenceLength));
                Assert.Equal(v.Candidate.FigureText, article.Text.Substring(v.Candidate.FigureStart, v.Candidate.FigureLength));
                Assert.InRange(v.Candidate.FigureStart, v.Candidate.SentenceStart, v.Candidate.SentenceStart + v.Candidate.SentenceLength);
                Assert.Equal(Corridor.Intelligence.Extraction.FigureExtractor.Version, v.Candidate.ExtractorVersion);
            });

            var twelve = queue.Single(v => v.Candidate.Value == decimal.Parse(row[3], CultureInfo.InvariantCulture));
            Assert.Contains("12,000 cars", twelve.Candidate.FigureText, StringComparison.Ordinal);
            var values = new FactValues(row[1], row[2], decimal.Parse(row[3], CultureInfo.InvariantCulture), row[4], D(row[5]), D(row[6]));
            var accepted = await review.AcceptAsync(twelve.Candidate.Id, values);
            Assert.True(accepted!.Succeeded, string.Join("; ", accepted.Errors));
            var source = Assert.Single(accepted.Value.Sources);
            Assert.Equal(article.Id, source.ArticleId);
            Assert.Equal(twelve.Candidate.SentenceStart, source.SentenceStart);
            Assert.Equal(row[7], source.Quote);
            Assert.Equal(Hex($"{row[1].ToLowerInvariant()}|{row[2]}|{row[5]}|{row[6]}|{row[3]}|{row[4]}"), accepted.Value.Fact.StatementId);

            var other = queue.First(v => v.Candidate.Id != twelve.Candidate.Id);
            var rejected = await review.RejectAsync(other.Candidate.Id, "not a programme figure");
            Assert.True(rejected!.Succeeded);
            Assert.False((await review.RejectAsync(other.Candidate.Id, "again"))!.Succeeded);
            Assert.False((await review.RejectAsync(queue.Last().Candidate.Id, " "))!.Succeeded);

            var edited = queue.Single(v => v.Candidate.Value == 2_780_000m);
            var editedFact = await review.AcceptAsync(edited.Candidate.Id, new FactValues("RU", "new_vehicle_sales", 2_780_000m, "units", new DateOnly(2013, 1, 1), new DateOnly(2014, 1, 1)));
            Assert.True(editedFact!.Succeeded);
        }

        await using (var scope = _db.Scope(_db.OrganisationA))
        {
            var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
            var reported = await scope.ServiceProvider.GetRequiredService<AnalyticsService>().ReportedAsync();
            var shown = Assert.Single(reported, r => r.Key == row[0]);
            Assert.Equal("reviewed", shown.Origin);
            Assert.Equal(article.Id, shown.ArticleId);
            Assert.Equal(row[7], article.Text.Substring(shown.SentenceStart!.Value, shown.SentenceLength!.Value));
            Assert.Equal(row[7], shown.Quote);

            var decided = await db.FactCandidates.AsNoTracking().Where(c => c.Status != CandidateStatus.Pending).ToListAsync();
            Assert.Equal(3, decided.Count);
            Assert.All(decided, c => Assert.Equal("analyst@a.test", c.ReviewedBy));
            Assert.Single(decided, c => c.Status == CandidateStatus.Rejected && c.RejectReason == "not a programme figure");
            var audited = await db.AuditLog.AsNoTracking().Where(e => e.EntityType == nameof(FactCandidate) && e.Action == "modified").ToListAsync();
            Assert.Equal(3, audited.Count);
            Assert.All(audited, e => Assert.Equal("analyst@a.test", e.Actor));
            Assert.Contains(audited, e => e.Changes.Contains("not a programme figure", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Import_SameTextAgain_WritesNothing()
    {
        const string text = "Saipa exported 1,200 cars to Kazakhstan in 2024.\nThe company said exports would double.";
        await using var scope = _db.Scope(_db.OrganisationA);
        var intake = scope.ServiceProvider.GetRequiredService<ArticleIntake>();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var first = (await intake.ImportAsync(new ArticleInput("a.txt", null, new DateOnly(2025, 1, 10), null, text))).Value;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), first.Article.Sha256);
        var (articles, candidates, audit) = (await db.Articles.CountAsync(), await db.FactCandidates.CountAsync(), await db.AuditLog.CountAsync());

        // The same text with Windows line ends and a byte-order mark, under another name: the same article.
        var again = await intake.ImportAsync(new ArticleInput("b.txt", "other", new DateOnly(2025, 2, 1), null, "\uFEFF" + text.Replace("\n", "\r\n", StringComparison.Ordinal)));
        Assert.True(again.Succeeded);
        Assert.False(again.Value.Created);
        Assert.Equal(first.Article.Id, again.Value.Article.Id);
        Assert.Equal((articles, candidates, audit), (await db.Articles.CountAsync(), await db.FactCandidates.CountAsync(), await db.AuditLog.CountAsync()));
    }

    [Fact]
    public async Task SameFigureFromTwoArticles_IsOneFactWithTwoSources_AndMergeAddsAThird()
    {
        await using var scope = _db.Scope(_db.OrganisationA);
        var review = scope.ServiceProvider.GetRequiredService<FactReview>();
        var values = new FactValues("SAIPA", "vehicle_exports", 1_200m, "units", new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1));
        var one = await CandidateAsync(scope, "one.txt", "Saipa exported 1,200 cars to Kazakhstan in 2024.", 1_200m);
        var two = await CandidateAsync(scope, "two.txt", "Kazakh dealers said that 1,200 Saipa cars arrived in 2024, most by rail.", 1_200m);
        var three = await CandidateAsync(scope, "three.txt", "Saipa shipped about 1.2 thousand vehicles to the country last year.", null);

        var first = (await review.AcceptAsync(one, values))!.Value;
        var second = (await review.AcceptAsync(two, values))!.Value;
        Assert.Equal(first.Fact.Id, second.Fact.Id);
        Assert.Equal(2, second.Sources.Count);
        Assert.Equal(["one.txt", "two.txt"], second.Sources.Select(s => s.ArticleSource).Order().ToArray());

        var merged = (await review.MergeAsync(three, first.Fact.Id))!;
        Assert.True(merged.Succeeded);
        Assert.Equal(3, merged.Value.Sources.Count);
        Assert.Single(await review.FactsAsync("SAIPA"));
        Assert.Empty(await review.ConflictsAsync());
    }

    [Fact]
    public async Task Conflicts_SameStatementDifferentValues_AreListedWithBothQuotes()
    {
        await using var scope = _db.Scope(_db.OrganisationA);
        var review = scope.ServiceProvider.GetRequiredService<FactReview>();
        const string low = "Saipa exported 1,200 cars to Russia in 2023, the ministry said.";
        const string high = "Saipa exported 1,500 cars to Russia in 2023, the company said.";
        var a = await CandidateAsync(scope, "low.txt", low, 1_200m);
        var b = await CandidateAsync(scope, "high.txt", high, 1_500m);
        DateOnly from = new(2023, 1, 1), until = new(2024, 1, 1);
        Assert.True((await review.AcceptAsync(a, new FactValues("SAIPA", "vehicle_exports_to_ru", 1_200m, "units", from, until)))!.Succeeded);
        Assert.True((await review.AcceptAsync(b, new FactValues("SAIPA", "vehicle_exports_to_ru", 1_500m, "units", from, until)))!.Succeeded);

        var conflict = Assert.Single(await review.ConflictsAsync());
        Assert.Equal(("SAIPA", "vehicle_exports_to_ru", (DateOnly?)from, (DateOnly?)until), (conflict.Subject, conflict.Metric, conflict.From, conflict.Until));
        Assert.Equal([1_200m, 1_500m], conflict.Facts.Select(f => f.Fact.Value).ToArray());
        Assert.Equal(low, Assert.Single(conflict.Facts[0].Sources).Quote);
        Assert.Equal(high, Assert.Single(conflict.Facts[1].Sources).Quote);
    }

    [Fact]
    public async Task Articles_OfAnotherOrganisation_AreInvisible()
    {
        const string text = "Iran Khodro plans to export 20,000 cars to Russia in 2026.";
        Guid articleId, candidateId;
        await using (var a = _db.Scope(_db.OrganisationA))
        {
            candidateId = await CandidateAsync(a, "a.txt", text, 20_000m);
            articleId = (await a.ServiceProvider.GetRequiredService<ArticleIntake>().ListAsync()).Single().Id;
            Assert.True((await a.ServiceProvider.GetRequiredService<FactReview>().AcceptAsync(candidateId, null) is { }));
        }

        await using var b = _db.Scope(_db.OrganisationB);
        var intake = b.ServiceProvider.GetRequiredService<ArticleIntake>();
        var review = b.ServiceProvider.GetRequiredService<FactReview>();
        Assert.Empty(await intake.ListAsync());
        Assert.Null(await intake.FindAsync(articleId));
        Assert.Null(await intake.ExtractAsync(articleId));
        Assert.Empty(await review.QueueAsync(null));
        Assert.Null(await review.FindAsync(candidateId));
        Assert.Null(await review.RejectAsync(candidateId, "not ours"));
        Assert.Empty(await review.FactsAsync());
        Assert.DoesNotContain(await ReportedFigureBoard.ListAsync(b.ServiceProvider.GetRequiredService<CorridorDbContext>()), r => r.Origin == "reviewed");

        // B takes in the same text: an article of its own, not A's.
        var own = await intake.ImportAsync(new ArticleInput("b.txt", null, new DateOnly(2026, 1, 5), null, text));
        Assert.True(own.Value.Created);
        Assert.NotEqual(articleId, own.Value.Article.Id);
    }

    /// <summary>Takes in a one-article text and returns its candidate of <paramref name="value"/> (or its first).</summary>
    private static async Task<Guid> CandidateAsync(AsyncServiceScope scope, string source, string text, decimal? value)
    {
        var imported = await scope.ServiceProvider.GetRequiredService<ArticleIntake>().ImportAsync(new ArticleInput(source, null, new DateOnly(2025, 3, 1), "en", text));
        Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
        var queue = await scope.ServiceProvider.GetRequiredService<FactReview>().QueueAsync(CandidateStatus.Pending, imported.Value.Article.Id);
        Assert.NotEmpty(queue);
        return (value is { } v ? queue.Single(q => q.Candidate.Value == v) : queue[0]).Candidate.Id;
    }

    private static string Hex(string text) => "st-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));

    private static DateOnly? D(string s) => s.Length == 0 ? null : DateOnly.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>A row of reported-figures.csv by id (quoted fields read here, not by the importer).</summary>
    private static string[] CsvRow(string id) =>
        File.ReadLines(Path.Combine(Fixtures.ReferenceData, "reported-figures.csv")).Skip(1).Select(Csv).Single(c => c[0] == id);

    private static string[] Csv(string line) => TestCsv.Split(line);
}

public sealed class SqliteReviewFlowTests() : ReviewFlowTests(DatabaseProvider.Sqlite);

public sealed class PostgresReviewFlowTests() : ReviewFlowTests(DatabaseProvider.Postgres);
