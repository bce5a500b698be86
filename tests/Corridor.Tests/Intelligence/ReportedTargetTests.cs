using System.Globalization;
using Corridor.Analytics;
using Corridor.Intelligence;
using Corridor.Tests.Analytics;
using Corridor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Intelligence;

/// <summary>
/// The analytics target comparison (IKCO's exports against the reported annual target) reads the same rule as
/// /intelligence/figures: the reference row of reported-figures.csv (read here from the CSV) until the
/// organisation has reviewed a fact for that subject and metric, then the reviewed fact with its article's sentence.
/// </summary>
public abstract class ReportedTargetTests(AnalyticsFixture f)
{
    [Fact]
    public async Task Targets_AfterAReviewedTargetFact_UseTheFactNotTheCsvRow()
    {
        var row = File.ReadLines(Path.Combine(Fixtures.ReferenceData, "reported-figures.csv")).Skip(1)
            .Single(l => l.StartsWith("ikco-export-target-annual,", StringComparison.Ordinal)).Split(',');
        var all = new AnalyticsFilter(AnalyticsFixture.From, AnalyticsFixture.Until);
        await using (var scope = await f.ScopeAsync())
        {
            var before = await scope.ServiceProvider.GetRequiredService<AnalyticsService>().TargetsAsync(all);
            Assert.NotEmpty(before);
            Assert.All(before, t => Assert.Equal(decimal.Parse(row[3], CultureInfo.InvariantCulture), t.Target));
        }

        const string sentence = "Iran Khodro said its goal is to export 130,000 vehicles annually by 2025.";
        await using (var scope = await f.ScopeAsync())
        {
            var imported = await scope.ServiceProvider.GetRequiredService<ArticleIntake>()
                .ImportAsync(new ArticleInput("ikco-target.txt", "test", new DateOnly(2024, 2, 1), "en", sentence));
            Assert.True(imported.Succeeded, string.Join("; ", imported.Errors));
            var review = scope.ServiceProvider.GetRequiredService<FactReview>();
            var candidate = Assert.Single(await review.QueueAsync(CandidateStatus.Pending, imported.Value.Article.Id), c => c.Candidate.Value == 130_000m);
            var accepted = await review.AcceptAsync(candidate.Candidate.Id, new FactValues("IKCO", "export_target", 130_000m, "vehicles/year", new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1)));
            Assert.True(accepted!.Succeeded, string.Join("; ", accepted.Errors));
        }

        await using (var scope = await f.ScopeAsync())
        {
            var after = await scope.ServiceProvider.GetRequiredService<AnalyticsService>().TargetsAsync(all);
            Assert.NotEmpty(after);
            Assert.All(after, t => Assert.Equal((130_000m, sentence, "ikco-target.txt"), (t.Target, t.Quote, t.Source)));
        }
    }
}

public sealed class SqliteReportedTargetTests(SqliteAnalyticsFixture f) : ReportedTargetTests(f), IClassFixture<SqliteAnalyticsFixture>;

public sealed class PostgresReportedTargetTests(PostgresAnalyticsFixture f) : ReportedTargetTests(f), IClassFixture<PostgresAnalyticsFixture>;
