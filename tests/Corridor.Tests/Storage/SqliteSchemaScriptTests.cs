using Corridor.Storage;
using Corridor.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Corridor.Tests.Storage;

/// <summary>
/// A new SQLite file is created from the embedded script of the SQLite migrations instead of EF's step-by-step
/// migration (<see cref="DatabaseMigrator"/>). The script must be what the migrations generate today, and the database
/// it makes must be the one EF's own migration makes; a file that is not new still goes through EF.
/// </summary>
public sealed class SqliteSchemaScriptTests
{
    [Fact]
    public async Task EmbeddedScript_IsWhatTheMigrationsGenerate()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var db = Fixtures.Context(database);
        var generated = db.GetService<IMigrator>().GenerateScript();
        var (embedded, migrations) = DatabaseMigrator.LoadSqliteScript();
        Assert.True(Normalise(generated) == Normalise(embedded),
            "Migrations/Sqlite/schema.sql differs from what the SQLite migrations generate: run scripts/ef-compiled-models.sh");
        Assert.Equal(db.Database.GetMigrations(), migrations);
    }

    [Fact]
    public async Task NewFile_FromTheScript_HasTheSchemaOfEfsMigration()
    {
        await using var byScript = TestDatabase.CreateSqlite();
        await using var byEf = TestDatabase.CreateSqlite();
        await using (var db = Fixtures.Context(byScript))
        {
            var applied = await DatabaseMigrator.MigrateAsync(db);
            Assert.Equal(db.Database.GetMigrations(), applied);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        await using (var db = Fixtures.Context(byEf))
        {
            await db.Database.MigrateAsync();
        }

        var expected = Schema(byEf);
        Assert.True(expected.Count > 50, "EF's migration made a suspiciously small schema");
        Assert.Equal(expected, Schema(byScript));
        Assert.Equal(HistoryRows(byEf), HistoryRows(byScript));
        Assert.Equal("wal", Scalar(byScript, "PRAGMA journal_mode"));
        // EF's migrator makes its lock table while migrating; the script has none, so this shows the script ran.
        Assert.Equal(0L, Scalar(byScript, "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsLock'"));
    }

    [Fact]
    public async Task FileWithTables_IsMigratedByEf_NotByTheScript()
    {
        await using var database = TestDatabase.CreateSqlite();
        Execute(database, "CREATE TABLE someone_elses (id INTEGER PRIMARY KEY)");
        await using var db = Fixtures.Context(database);
        await DatabaseMigrator.MigrateAsync(db);
        // EF's migrator takes its lock table; the script never creates it, so its presence shows which path ran.
        Assert.Equal(1L, Scalar(database, "SELECT count(*) FROM sqlite_master WHERE name = '__EFMigrationsLock'"));
        Assert.Contains("someone_elses", Schema(database).Select(s => s.Name));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    private static string Normalise(string sql) => sql.TrimStart('\uFEFF').ReplaceLineEndings("\n").Trim();

    /// <summary>Every table, index and trigger with its SQL, but for EF's migration lock table (EF makes it while migrating).</summary>
    private static List<(string Type, string Name, string? Sql)> Schema(TestDatabase database)
    {
        using var connection = new SqliteConnection(database.Location.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, name, sql FROM sqlite_master WHERE name <> '__EFMigrationsLock' ORDER BY type, name";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string?)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return rows;
    }

    private static List<string> HistoryRows(TestDatabase database)
    {
        using var connection = new SqliteConnection(database.Location.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT migration_id || ' ' || product_version FROM __ef_migrations_history ORDER BY migration_id";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static object? Scalar(TestDatabase database, string sql)
    {
        using var connection = new SqliteConnection(database.Location.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(TestDatabase database, string sql) => Scalar(database, sql);
}
