using System.Data.Common;
using System.Globalization;
using Corridor.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Corridor.Analytics;

/// <summary>
/// Streams shipment lines into <c>shipment_lines</c> without going through the change tracker: on SQLite one prepared
/// INSERT reused for every row inside the caller's transaction, on PostgreSQL binary COPY. Values are written in the
/// same representation EF uses (SQLite: dates as yyyy-MM-dd text, enums as their names, booleans as 0/1).
/// </summary>
public static class ShipmentLineWriter
{
    internal static readonly string[] Columns =
    [
        "organisation_id", "line_no", "order_no", "origin", "order_date", "ship_date", "delivery_date", "due_date", "ship_month", "market", "maker",
        "item_kind", "item_code", "product_group", "units", "weight_kg", "currency", "value_minor", "value_usd_cents", "route_id", "branch",
        "lead_days", "on_time",
    ];

    /// <summary>Writes <paramref name="facts"/>; <paramref name="progress"/> is called every 16,384 lines with the count so far.</summary>
    public static Task<long> WriteAsync(CorridorDbContext db, Guid organisation, IEnumerable<ShipmentFact> facts, string origin, Action<long>? progress, CancellationToken ct) =>
        db.Provider == DatabaseProvider.Postgres
            ? CopyAsync(db, organisation, facts, origin, progress, ct)
            : Task.FromResult(InsertSqlite(db, organisation, facts, origin, progress, ct));

    private static long InsertSqlite(CorridorDbContext db, Guid organisation, IEnumerable<ShipmentFact> facts, string origin, Action<long>? progress, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO shipment_lines ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))})";
        var orgMapping = (RelationalTypeMapping)db.Model.FindEntityType(typeof(ShipmentLine))!.FindProperty(nameof(ShipmentLine.OrganisationId))!.GetRelationalTypeMapping();
        var p = new DbParameter[Columns.Length];
        p[0] = orgMapping.CreateParameter(command, "@p0", organisation, nullable: false);
        command.Parameters.Add(p[0]);
        for (var i = 1; i < Columns.Length; i++)
        {
            p[i] = command.CreateParameter();
            p[i].ParameterName = $"@p{i}";
            command.Parameters.Add(p[i]);
        }

        command.Prepare();
        var dates = new Dictionary<int, string>();
        string Date(DateOnly d)
        {
            if (!dates.TryGetValue(d.DayNumber, out var s))
            {
                dates[d.DayNumber] = s = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            return s;
        }

        long n = 0;
        foreach (var f in facts)
        {
            p[1].Value = f.LineNo;
            p[2].Value = f.OrderNo;
            p[3].Value = origin;
            p[4].Value = Date(f.OrderDate);
            p[5].Value = Date(f.ShipDate);
            p[6].Value = Date(f.DeliveryDate);
            p[7].Value = Date(f.DueDate);
            p[8].Value = f.ShipMonth;
            p[9].Value = f.Market;
            p[10].Value = f.Maker;
            p[11].Value = f.ItemKind == ShipmentItemKind.Model ? "Model" : "Part";
            p[12].Value = f.ItemCode;
            p[13].Value = f.ProductGroup;
            p[14].Value = f.Units;
            p[15].Value = f.WeightKg;
            p[16].Value = f.Currency;
            p[17].Value = f.ValueMinor;
            p[18].Value = f.ValueUsdCents;
            p[19].Value = f.RouteId;
            p[20].Value = f.Branch;
            p[21].Value = f.LeadDays;
            p[22].Value = f.OnTime ? 1 : 0;

            // Synchronous on purpose: Microsoft.Data.Sqlite has no real async I/O, and a task per row costs more than the insert.
            command.ExecuteNonQuery();
            if ((++n & 0x3FFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Invoke(n);
            }
        }

        progress?.Invoke(n);
        return n;
    }

    private static async Task<long> CopyAsync(CorridorDbContext db, Guid organisation, IEnumerable<ShipmentFact> facts, string origin, Action<long>? progress, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        long n = 0;
        await using (var w = await connection.BeginBinaryImportAsync($"COPY shipment_lines ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var f in facts)
            {
                // The synchronous writer API: the importer buffers, and a task per value would dominate the cost.
                w.StartRow();
                w.Write(organisation, NpgsqlDbType.Uuid);
                w.Write(f.LineNo, NpgsqlDbType.Bigint);
                w.Write(f.OrderNo, NpgsqlDbType.Bigint);
                w.Write(origin, NpgsqlDbType.Varchar);
                w.Write(f.OrderDate, NpgsqlDbType.Date);
                w.Write(f.ShipDate, NpgsqlDbType.Date);
                w.Write(f.DeliveryDate, NpgsqlDbType.Date);
                w.Write(f.DueDate, NpgsqlDbType.Date);
                w.Write(f.ShipMonth, NpgsqlDbType.Integer);
                w.Write(f.Market, NpgsqlDbType.Varchar);
                w.Write(f.Maker, NpgsqlDbType.Varchar);
                w.Write(f.ItemKind == ShipmentItemKind.Model ? "Model" : "Part", NpgsqlDbType.Varchar);
                w.Write(f.ItemCode, NpgsqlDbType.Varchar);
                w.Write(f.ProductGroup, NpgsqlDbType.Varchar);
                w.Write(f.Units, NpgsqlDbType.Integer);
                w.Write(f.WeightKg, NpgsqlDbType.Bigint);
                w.Write(f.Currency, NpgsqlDbType.Varchar);
                w.Write(f.ValueMinor, NpgsqlDbType.Bigint);
                w.Write(f.ValueUsdCents, NpgsqlDbType.Bigint);
                w.Write(f.RouteId, NpgsqlDbType.Integer);
                w.Write(f.Branch, NpgsqlDbType.Varchar);
                w.Write(f.LeadDays, NpgsqlDbType.Integer);
                w.Write(f.OnTime, NpgsqlDbType.Boolean);
                if ((++n & 0x3FFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    progress?.Invoke(n);
                }
            }

            await w.CompleteAsync(ct);
        }

        progress?.Invoke(n);
        return n;
    }
}
