using Corridor.Import;
using Corridor.Logistics;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Logistics;

/// <summary>A migrated <see cref="TestDatabase"/> (SQLite, or PostgreSQL from the test script) with the logistics importers.</summary>
public sealed class LogisticsDatabase : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private LogisticsDatabase(TestDatabase database)
    {
        _database = database;
        Factory = new CorridorDbContextFactory(database.Location, TimeProvider.System);
    }

    public CorridorDbContextFactory Factory { get; }

    public Guid OrganisationA { get; } = Guid.CreateVersion7();

    public Guid OrganisationB { get; } = Guid.CreateVersion7();

    public static Task<LogisticsDatabase> SqliteAsync() => CreateAsync(DatabaseProvider.Sqlite);

    public static Task<LogisticsDatabase> PostgresAsync() => CreateAsync(DatabaseProvider.Postgres);

    public static async Task<LogisticsDatabase> CreateAsync(DatabaseProvider provider)
    {
        var db = new LogisticsDatabase(await TestDatabase.CreateAsync(provider));
        await Fixtures.MigrateAsync(db._database);
        return db;
    }

    public CorridorDbContext Context(Guid? organisation = null)
    {
        var actor = new ActorContext();
        actor.Set(organisation, null, "test");
        return Factory.Create(actor);
    }

    public static IDatasetImporter[] Importers() =>
        [new NodeImporter(), new EmissionFactorImporter(), new LinkImporter(), new BorderCrossingImporter(), new ServiceImporter()];

    public async Task<ImportResult> ImportAsync(string path)
    {
        await using var ctx = Context();
        return await new ImportRunner(ctx, Importers()).RunAsync(path);
    }

    public async Task ImportReferenceAsync()
    {
        var result = await ImportAsync(ReferenceNetwork.Folder);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    /// <summary>Imports the reference network into the test host's database once (a copy of the five network files, nothing else).</summary>
    public static Task ImportReferenceAsync(CorridorAppFactory app) => app.ActAsync(app.OrganisationA, async sp =>
    {
        var db = sp.GetRequiredService<CorridorDbContext>();
        if (await db.Set<Node>().AnyAsync())
        {
            return;
        }

        var folder = Directory.CreateTempSubdirectory("corridor-net-api-").FullName;
        foreach (var f in new[] { "nodes.csv", "links.csv", "border-crossings.csv", "services.csv", "emission-factors.csv" })
        {
            File.Copy(Path.Combine(ReferenceNetwork.Folder, f), Path.Combine(folder, f));
        }

        var result = await new ImportRunner(db, Importers()).RunAsync(folder);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    });

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
