using Corridor.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Corridor.Tests.Support;

/// <summary>
/// A throwaway database: a SQLite file in a temp folder, or a fresh database on the PostgreSQL server named by
/// <see cref="PostgresEnvironmentVariable"/> (the test script starts one). Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresEnvironmentVariable = "CORRIDOR_TEST_POSTGRES";

    private readonly string? _sqliteFolder;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseLocation location, string? sqliteFolder, string? postgresAdmin, string? postgresName)
    {
        Location = location;
        _sqliteFolder = sqliteFolder;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public DatabaseLocation Location { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresEnvironmentVariable) is { Length: > 0 } s ? s : null;

    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider) =>
        provider == DatabaseProvider.Postgres ? CreatePostgresAsync() : Task.FromResult(CreateSqlite());

    public static TestDatabase CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "corridor-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase(DatabaseLocation.Resolve(Path.Combine(folder, "corridor.db")), folder, null, null);
    }

    public static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = PostgresServer ?? throw new InvalidOperationException($"{PostgresEnvironmentVariable} is not set; run the tests with ./test.sh");
        var name = "corridor_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
        return new TestDatabase(DatabaseLocation.Resolve(cs), null, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a pooled connection of another test; the temp folder is cleaned by the test script.
            }
        }

        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(_postgresAdmin);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}
