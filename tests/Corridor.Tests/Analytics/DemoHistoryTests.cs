using System.Diagnostics;
using Corridor.Analytics;
using Corridor.Cli;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Analytics;

/// <summary>
/// <c>corridor demo</c> generates a modest shipment history itself (issue 18): after its set-up the analytics
/// dashboard has shipment lines, says they are generated (the count shown is the count of generated lines in the
/// database, counted here), and the lines lie in the demo's range; on SQLite and PostgreSQL.
/// </summary>
public sealed class DemoHistoryTests
{
    [Fact]
    public Task Sqlite_DemoSetUp_GeneratesAHistoryTheDashboardShowsAsGenerated() => DemoAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Postgres_DemoSetUp_GeneratesAHistoryTheDashboardShowsAsGenerated() => DemoAsync(DatabaseProvider.Postgres);

    private static async Task DemoAsync(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var location = provider == DatabaseProvider.Sqlite ? database.Location.Display : database.Location.ConnectionString;
        var clock = Stopwatch.StartNew();
        await DemoCommand.SetUpWithHistoryAsync(location, Fixtures.ReferenceData, CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        Assert.Contains("Generated history: ", DemoCommand.LastHistoryNote, StringComparison.Ordinal);

        await using var services = CliServices.Create(location);
        await using var scope = await services.ScopeAsync(DemoCommand.OrganisationCode, CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var lines = await db.Set<ShipmentLine>().AsNoTracking().Select(l => new { l.Origin, l.ShipDate }).ToListAsync();
        Assert.True(lines.Count > 1_000, $"only {lines.Count} lines");
        Assert.All(lines, l => Assert.Equal(ShipmentLine.Generated, l.Origin));
        var until = DemoCommand.HistoryUntil(DateTimeOffset.UtcNow);
        Assert.All(lines, l => Assert.InRange(l.ShipDate, DemoCommand.HistoryFrom, until.AddDays(-1)));

        var analytics = scope.ServiceProvider.GetRequiredService<AnalyticsService>();
        var data = await DashboardData.LoadAsync(analytics, db, await DashboardData.DefaultFilterAsync(analytics, CancellationToken.None), Granularity.Month, CancellationToken.None);
        Assert.True(data.HasData);
        Assert.Equal(lines.Count, data.GeneratedLines);
        Assert.Equal(lines.Count, data.ByMarket.Sum(r => r.Lines));
        var html = ProgrammeHtml.Body(data, t => "/csv/" + t, null);
        Assert.Contains("id=\"generated-history\"", html, StringComparison.Ordinal);
        Assert.Contains($"{lines.Count:#,##0} of the shipment lines in this range were generated", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No shipment lines in this range", html, StringComparison.Ordinal);
        Assert.True(seconds < 120, $"the demo's set-up took {seconds:0.0} s");
    }
}
