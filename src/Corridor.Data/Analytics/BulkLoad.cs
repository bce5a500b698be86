using System.Collections.Concurrent;
using Corridor.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Corridor.Analytics;

/// <summary>
/// Helpers for loading millions of shipment lines: the secondary indexes of <c>shipment_lines</c> are dropped for the
/// load and built again once after it (inside the caller's transaction, so a failed load leaves them as they were), and
/// generation runs on a second thread, handing batches to the writer.
/// </summary>
public static class BulkLoad
{
    public static async Task<IReadOnlyList<string>> DropSecondaryIndexesAsync(CorridorDbContext db, CancellationToken ct)
    {
        var sql = db.Provider == DatabaseProvider.Postgres
            ? "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'shipment_lines' AND indexname NOT LIKE 'pk_%'"
            : "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'shipment_lines' AND sql IS NOT NULL";
        var indexes = new List<(string Name, string Sql)>();
        await using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var index in indexes)
        {
            // The name comes from the database's own catalogue, not from input.
            var drop = "DROP INDEX \"" + index.Name.Replace("\"", "", StringComparison.Ordinal) + "\"";
            await db.Database.ExecuteSqlRawAsync(drop, ct);
        }

        return [.. indexes.Select(i => i.Sql)];
    }

    /// <summary>
    /// On SQLite, switches a WAL database to a rollback journal for one bulk load, on the context's connection (opened
    /// here and kept open for the load). In WAL mode every page of a multi-gigabyte transaction is written to the WAL
    /// and then copied into the database at the checkpoint; with a rollback journal, pages appended beyond the file's
    /// old end are not journalled at all, and the load is still one atomic transaction. Idle pooled connections are
    /// closed first; when another connection has the file open (a running server) the switch is refused and the load
    /// stays in WAL. Returns whether it switched, i.e. whether <see cref="RestoreWalAsync"/> must be called.
    /// </summary>
    public static async Task<bool> EnterRollbackJournalAsync(CorridorDbContext db, CancellationToken ct)
    {
        if (db.Provider != DatabaseProvider.Sqlite)
        {
            return false;
        }

        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        if (!string.Equals(await PragmaAsync(connection, "PRAGMA journal_mode", 30, ct), "wal", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        SqliteConnection.ClearPool(connection);
        try
        {
            return string.Equals(await PragmaAsync(connection, "PRAGMA journal_mode=DELETE", 1, ct), "delete", StringComparison.OrdinalIgnoreCase);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            // SQLITE_BUSY / SQLITE_LOCKED: another connection has the database open; load in WAL.
            return false;
        }
    }

    /// <summary>Puts the database back into WAL mode after a load that <see cref="EnterRollbackJournalAsync"/> switched.</summary>
    public static async Task RestoreWalAsync(CorridorDbContext db, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await PragmaAsync(connection, "PRAGMA journal_mode=WAL", 30, ct);
    }

    private static async Task<string?> PragmaAsync(SqliteConnection connection, string sql, int timeoutSeconds, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = timeoutSeconds;
        return (await command.ExecuteScalarAsync(ct))?.ToString();
    }

    public static async Task CreateIndexesAsync(CorridorDbContext db, IReadOnlyList<string> definitions, CancellationToken ct)
    {
        foreach (var sql in definitions)
        {
            await db.Database.ExecuteSqlRawAsync(sql, ct);
        }
    }

    /// <summary>Enumerates <paramref name="source"/> on another thread, in order, in batches of 8,192.</summary>
    public static IEnumerable<T> Pipelined<T>(IEnumerable<T> source, CancellationToken ct)
    {
        using var queue = new BlockingCollection<T[]>(boundedCapacity: 8);
        var producer = Task.Run(
            () =>
            {
                try
                {
                    var batch = new List<T>(8192);
                    foreach (var item in source)
                    {
                        batch.Add(item);
                        if (batch.Count == 8192)
                        {
                            queue.Add([.. batch], ct);
                            batch.Clear();
                        }
                    }

                    if (batch.Count > 0)
                    {
                        queue.Add([.. batch], ct);
                    }
                }
                finally
                {
                    queue.CompleteAdding();
                }
            },
            ct);
        foreach (var batch in queue.GetConsumingEnumerable(ct))
        {
            foreach (var item in batch)
            {
                yield return item;
            }
        }

        producer.GetAwaiter().GetResult();
    }
}
