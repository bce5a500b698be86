using System.Data.Common;
using Corridor.Audit;
using Corridor.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Corridor.Storage;

/// <summary>
/// Inserts many new rows of one shared (not organisation-owned) entity type with one prepared statement, inside the
/// context's current transaction, bypassing the change tracker. Values go through EF's own type mappings and value
/// converters, so the rows are stored exactly as <c>SaveChanges</c> would store them. The caller records the write
/// in the audit log itself (one entry for the batch, see decision 011): the interceptor never sees these rows.
/// </summary>
public static class BulkInsert
{
    public static async Task<int> InsertAsync<T>(CorridorDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        if (typeof(IOrganisationOwned).IsAssignableFrom(typeof(T)) || typeof(T) == typeof(AuditEntry))
        {
            // Ownership is stamped and checked in one place, the interceptor; these rows would bypass it.
            throw new InvalidOperationException($"{typeof(T).Name} rows are written through SaveChanges, not in bulk.");
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("a bulk insert runs inside the caller's transaction.");
        }

        if (rows.Count == 0)
        {
            return 0;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().ToArray();
        if (properties.FirstOrDefault(p => p.IsShadowProperty()) is { } shadow)
        {
            throw new InvalidOperationException($"{typeof(T).Name}.{shadow.Name} is a shadow property; bulk insert writes CLR values only.");
        }

        // Keys the entity sets itself (Guid v7) are fine; a generated property left at its default would not be.
        var generated = properties.Select(p => p.ValueGenerated != ValueGenerated.Never).ToArray();

        var columns = properties.Select(p => Quote(db, p.GetColumnName(table)!)).ToArray();
        var mappings = properties.Select(p => (RelationalTypeMapping)p.GetRelationalTypeMapping()).ToArray();
        var getters = properties.Select(p => p.GetGetter()).ToArray();

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction.GetDbTransaction();
        command.CommandText = $"INSERT INTO {Quote(db, table.Name)} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        var parameters = new DbParameter[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            parameters[i] = mappings[i].CreateParameter(command, $"@p{i}", null, properties[i].IsNullable);
            command.Parameters.Add(parameters[i]);
        }

        await command.PrepareAsync(ct);
        var sqlite = db.Provider == DatabaseProvider.Sqlite;
        foreach (var row in rows)
        {
            for (var i = 0; i < properties.Length; i++)
            {
                var value = getters[i].GetClrValue(row);
                if (generated[i] && getters[i].HasSentinelValue(row))
                {
                    throw new InvalidOperationException($"{typeof(T).Name}.{properties[i].Name} has no value; bulk insert does not generate values.");
                }

                parameters[i].Value = value is null ? DBNull.Value : mappings[i].Converter is { } c ? c.ConvertToProvider(value)! : value;
            }

            if (sqlite)
            {
                // Microsoft.Data.Sqlite has no real asynchronous I/O: a task per row costs more than the insert.
                command.ExecuteNonQuery();
            }
            else
            {
                await command.ExecuteNonQueryAsync(ct);
            }
        }

        return rows.Count;
    }

    private static string Quote(CorridorDbContext db, string name) =>
        db.GetService<ISqlGenerationHelper>().DelimitIdentifier(name);
}
