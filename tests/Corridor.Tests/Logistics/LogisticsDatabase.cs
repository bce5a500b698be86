using Corridor.Import;
using Corridor.Logistics;
using Corridor.Storage;
using Npgsql;

namespace Corridor.Tests.Logistics;

/// <summary>A fresh, migrated database (a SQLite file, or a new PostgreSQL database when <c>CORRIDOR_TEST_POSTGRES</c> is set) for one test.</summary>
public sealed class LogisticsDatabase : IAsyncDisposable
{
    private readonly string? _sqlitePath;
    private readonly string? _pgAdmin;
    private readonly string? _pgName;

    private LogisticsDatabase(CorridorDbContextFactory factory, string? sqlitePath, string? pgAdmin, string? pgName)
    {
        Factory = factory;
        _sqlitePath = sqlitePath;
        _pgAdmin = pgAdmin;
        _pgName = pgName;
    }

    public static string? PostgresConnection => Environment.GetEnvironmentVariable("CORRIDOR_TEST_POSTGRES");

    public CorridorDbContextFactory Factory { get; }

    public Guid OrganisationA { get; } = Guid.CreateVersion7();

    public Guid OrganisationB { get; } = Guid.CreateVersion7();

    public static async Task<LogisticsDatabase> SqliteAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"corridor-logistics-{Guid.NewGuid():N}.db");
        var db = new LogisticsDatabase(new CorridorDbContextFactory(DatabaseLocation.Resolve(path), TimeProvider.System), path, null, null);
        await db.MigrateAsync();
        return db;
    }

    public static async Task<LogisticsDatabase> PostgresAsync()
    {
        var admin = PostgresConnection ?? throw new InvalidOperationException("CORRIDOR_TEST_POSTGRES is not set.");
        var name = $"corridor_logistics_{Guid.NewGuid():N}";
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 100 }.ToString();
        var db = new LogisticsDatabase(new CorridorDbContextFactory(DatabaseLocation.Resolve(cs), TimeProvider.System), null, admin, name);
        await db.MigrateAsync();
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

    public async ValueTask DisposeAsync()
    {
        if (_sqlitePath is not null)
        {
            DatabaseMigrator.DeleteSqliteFile(_sqlitePath);
        }

        if (_pgAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(_pgAdmin);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgName} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }

    private async Task MigrateAsync()
    {
        await using var ctx = Context();
        await DatabaseMigrator.MigrateAsync(ctx);
    }
}
