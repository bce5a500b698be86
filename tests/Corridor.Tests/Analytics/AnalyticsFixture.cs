using Corridor.Analytics;
using Corridor.Cli;
using Corridor.Import;
using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Analytics;

/// <summary>
/// A database of one provider with the reference data in organisation ANA and a generated history (2022–2024, scale 0.3,
/// seed 7); the raw lines and routes are read back once so that tests can recompute every KPI with LINQ.
/// A second organisation (OTHER) has a smaller history that must never show in ANA's figures.
/// </summary>
public abstract class AnalyticsFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public static readonly DateOnly From = new(2022, 1, 1);
    public static readonly DateOnly Until = new(2025, 1, 1);

    private TestDatabase? _database;

    public CliServices Services { get; private set; } = null!;

    public IReadOnlyList<ShipmentLine> Lines { get; private set; } = [];

    public IReadOnlyList<ShipmentRouteLink> RouteLinks { get; private set; } = [];

    public GenerationOutcome Outcome { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        Services = CliServices.Create(_database.Location.ConnectionString);
        foreach (var (code, scale) in new[] { ("ANA", 0.3), ("OTHER", 0.05) })
        {
            await using (var setup = await Services.SharedScopeAsync(default))
            {
                await setup.ServiceProvider.GetRequiredService<UserAdministration>().CreateOrganisationAsync(code, code);
            }

            await using var scope = await Services.ScopeAsync(code, default);
            var imported = await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(Fixtures.ReferenceData);
            Assert.True(imported.Succeeded, string.Join("\n", imported.Errors));
            var outcome = await scope.ServiceProvider.GetRequiredService<HistoryService>().GenerateAsync(From, Until, scale, 7);
            if (code == "ANA")
            {
                Outcome = outcome;
                var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
                Lines = await db.Set<ShipmentLine>().AsNoTracking().ToListAsync();
                RouteLinks = await db.Set<ShipmentRouteLink>().AsNoTracking().ToListAsync();
            }
        }
    }

    public Task<AsyncServiceScope> ScopeAsync() => Services.ScopeAsync("ANA", default);

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

public sealed class SqliteAnalyticsFixture() : AnalyticsFixture(DatabaseProvider.Sqlite);

public sealed class PostgresAnalyticsFixture() : AnalyticsFixture(DatabaseProvider.Postgres);
