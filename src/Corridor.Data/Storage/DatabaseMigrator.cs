using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Storage;

/// <summary>
/// Applies the provider's migration set; on SQLite also switches the file to write-ahead logging. A new SQLite file is
/// given the whole migration set at once from the script the migrations generate (<c>Migrations/Sqlite/schema.sql</c>,
/// embedded): EF Core would build each migration's target model to generate the same SQL, which costs a third of a
/// second on every fresh start (<c>corridor demo</c>, tests). <c>SqliteSchemaScriptTests</c> keeps the script equal
/// to what the migrations generate and the schema it creates equal to EF's.
/// </summary>
public static partial class DatabaseMigrator
{
    internal const string SqliteScriptResource = "Corridor.Migrations.Sqlite.schema.sql";

    private static readonly Lazy<(string Sql, IReadOnlyList<string> Migrations)> SqliteScript = new(LoadSqliteScript);

    public static async Task<IReadOnlyList<string>> MigrateAsync(CorridorDbContext db, CancellationToken ct = default)
    {
        StartupTimings.Mark("migration: context ready");
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        StartupTimings.Mark("migration: pending listed");
        if (db.Provider == DatabaseProvider.Sqlite && pending.Count > 0 && pending.SequenceEqual(SqliteScript.Value.Migrations)
            && await IsEmptySqliteAsync(db, ct))
        {
            await ExecuteAsync(db, SqliteScript.Value.Sql, ct);
        }
        else
        {
            await db.Database.MigrateAsync(ct);
        }

        StartupTimings.Mark("migration: applied");
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while one writer writes; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        return pending;
    }

    /// <summary>Deletes a SQLite file and its WAL side files; used by <c>corridor demo</c> for a fresh start.</summary>
    public static void DeleteSqliteFile(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }

    /// <summary>The embedded SQLite script: its SQL and the migrations it records as applied, in order.</summary>
    internal static (string Sql, IReadOnlyList<string> Migrations) LoadSqliteScript()
    {
        using var stream = typeof(DatabaseMigrator).Assembly.GetManifestResourceStream(SqliteScriptResource)
            ?? throw new InvalidOperationException($"the resource {SqliteScriptResource} is missing from Corridor.Data");
        using var reader = new StreamReader(stream);
        var sql = reader.ReadToEnd();
        return (sql, HistoryInsert().Matches(sql).Select(m => m.Groups[1].Value).ToList());
    }

    /// <summary>Whether the SQLite database has no tables at all (a new or empty file).</summary>
    private static async Task<bool> IsEmptySqliteAsync(CorridorDbContext db, CancellationToken ct) =>
        Convert.ToInt64(await RunAsync(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table'", (c, t) => c.ExecuteScalarAsync(t), ct),
            System.Globalization.CultureInfo.InvariantCulture) == 0;

    /// <remarks>The script holds its own BEGIN TRANSACTION … COMMIT around the schema and the history rows.</remarks>
    private static Task<int> ExecuteAsync(CorridorDbContext db, string sql, CancellationToken ct) =>
        RunAsync(db, sql, (c, t) => c.ExecuteNonQueryAsync(t), ct);

    /// <summary>Runs one command on the context's connection, opened for it and closed after.</summary>
    private static async Task<T> RunAsync<T>(CorridorDbContext db, string sql, Func<System.Data.Common.DbCommand, CancellationToken, Task<T>> run, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            return await run(command, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [GeneratedRegex(@"INSERT INTO ""__ef_migrations_history"" \(""migration_id"", ""product_version""\)\s+VALUES \('([^']+)',")]
    private static partial Regex HistoryInsert();
}
