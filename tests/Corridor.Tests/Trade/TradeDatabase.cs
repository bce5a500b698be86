using Corridor.Import;
using Corridor.Storage;
using Corridor.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Corridor.Tests.Trade;

/// <summary>
/// A migrated database (SQLite, or PostgreSQL from the test script) with the whole reference data imported into
/// organisation A (as <c>corridor demo</c> does for DEMO), an empty organisation B, and the same services as the server,
/// on a clock fixed at 2026-11-23 08:00 UTC.
/// </summary>
public sealed class TradeDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase _database;
    private readonly ServiceProvider _services;

    private TradeDatabase(TestDatabase database, ServiceProvider services)
    {
        _database = database;
        _services = services;
    }

    public Guid OrganisationA { get; private set; }

    public Guid OrganisationB { get; private set; }

    public static async Task<TradeDatabase> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await Fixtures.MigrateAsync(database);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddCorridorStorage(_ => database.Location);
        services.AddCorridorImport();
        services.AddCorridorFeatures();
        var db = new TradeDatabase(database, services.BuildServiceProvider());
        db.OrganisationA = (await Fixtures.OrganisationAsync(database, "A")).Id;
        db.OrganisationB = (await Fixtures.OrganisationAsync(database, "B")).Id;
        await using var scope = db.Scope(db.OrganisationA);
        var result = await scope.ServiceProvider.GetRequiredService<ImportRunner>().RunAsync(Fixtures.ReferenceData);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Errors));
        }

        await Fixtures.LoadSampleListAsync(scope.ServiceProvider);
        return db;
    }

    public AsyncServiceScope Scope(Guid? organisation, string actor = "test")
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Set(organisation, null, actor);
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
