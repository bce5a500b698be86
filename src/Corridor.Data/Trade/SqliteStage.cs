using System.Data.Common;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Corridor.Trade;

/// <summary>
/// SQLite staging: a TEMP table filled by one prepared INSERT. Values go through EF's own type mappings, so
/// Guids, dates, enums and decimals are stored exactly as EF stores and compares them.
/// </summary>
internal sealed class SqliteStage : IOrderLineStage
{
    private readonly DbCommand _insert;
    private readonly DbParameter[] _parameters;
    private readonly RelationalTypeMapping[] _mappings;

    private SqliteStage(DbCommand insert, DbParameter[] parameters, RelationalTypeMapping[] mappings)
    {
        _insert = insert;
        _parameters = parameters;
        _mappings = mappings;
    }

    // The table and its indexes outgrow SQLite's default 2 MB page cache during a large import.
    private static readonly string Create =
        $"PRAGMA cache_size = -131072; CREATE TEMP TABLE IF NOT EXISTS tmp_order_lines ({string.Join(", ", RecordedOrderLineImporter.Columns)}); DELETE FROM tmp_order_lines;";

    public static async Task<SqliteStage> OpenAsync(CorridorDbContext db, CancellationToken ct)
    {
        var columns = RecordedOrderLineImporter.Columns;
        await db.Database.ExecuteSqlRawAsync(Create, ct);
        var entity = db.Model.FindEntityType(typeof(RecordedOrderLine))!;
        var mappings = RecordedOrderLineImporter.Properties.Select(p => (RelationalTypeMapping)entity.FindProperty(p)!.GetRelationalTypeMapping()).ToArray();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO tmp_order_lines ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = new DbParameter[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            parameters[i] = mappings[i].CreateParameter(command, $"@p{i}", null, nullable: true);
            command.Parameters.Add(parameters[i]);
        }

        await command.PrepareAsync(ct);
        return new SqliteStage(command, parameters, mappings);
    }

    public ValueTask AddAsync(object?[] values, CancellationToken ct)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _parameters[i].Value = values[i] is null ? DBNull.Value : _mappings[i].Converter is { } c ? c.ConvertToProvider(values[i]) : values[i];
        }

        // Synchronous on purpose: Microsoft.Data.Sqlite has no real async I/O, and a task per row costs more than the insert.
        _insert.ExecuteNonQuery();
        return ValueTask.CompletedTask;
    }

    public Task CompleteAsync(CancellationToken ct) => Task.CompletedTask;

    public ValueTask DisposeAsync() => _insert.DisposeAsync();
}
