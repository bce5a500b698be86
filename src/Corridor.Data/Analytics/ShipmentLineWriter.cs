using System.Globalization;
using System.Text;
using Corridor.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SQLitePCL;

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
        // SQLitePCL's raw API on the connection EF opened (and inside its transaction): one prepared statement, values
        // bound without boxing, UTF-8 of repeated strings and dates encoded once. Microsoft.Data.Sqlite's parameters cost
        // more than the insert itself at this width. Representation as EF's: Guid as upper-case text, dates yyyy-MM-dd.
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var handle = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var sql = $"INSERT INTO shipment_lines ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(_ => "?"))})";
        Check(handle, raw.sqlite3_prepare_v2(handle, sql, out var stmt));
        try
        {
            var utf8 = new Dictionary<string, byte[]>(ReferenceEqualityComparer.Instance as IEqualityComparer<string> ?? StringComparer.Ordinal);
            byte[] Text(string s)
            {
                if (!utf8.TryGetValue(s, out var b))
                {
                    utf8[s] = b = Encoding.UTF8.GetBytes(s);
                }

                return b;
            }

            var dates = new Dictionary<int, byte[]>();
            byte[] Date(DateOnly d)
            {
                if (!dates.TryGetValue(d.DayNumber, out var b))
                {
                    dates[d.DayNumber] = b = Encoding.UTF8.GetBytes(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                return b;
            }

            var org = Encoding.UTF8.GetBytes(organisation.ToString("D").ToUpperInvariant());
            var originBytes = Encoding.UTF8.GetBytes(origin);
            var model = Encoding.UTF8.GetBytes(nameof(ShipmentItemKind.Model));
            var part = Encoding.UTF8.GetBytes(nameof(ShipmentItemKind.Part));
            long n = 0;
            foreach (var f in facts)
            {
                raw.sqlite3_bind_text(stmt, 1, org);
                raw.sqlite3_bind_int64(stmt, 2, f.LineNo);
                raw.sqlite3_bind_int64(stmt, 3, f.OrderNo);
                raw.sqlite3_bind_text(stmt, 4, originBytes);
                raw.sqlite3_bind_text(stmt, 5, Date(f.OrderDate));
                raw.sqlite3_bind_text(stmt, 6, Date(f.ShipDate));
                raw.sqlite3_bind_text(stmt, 7, Date(f.DeliveryDate));
                raw.sqlite3_bind_text(stmt, 8, Date(f.DueDate));
                raw.sqlite3_bind_int(stmt, 9, f.ShipMonth);
                raw.sqlite3_bind_text(stmt, 10, Text(f.Market));
                raw.sqlite3_bind_text(stmt, 11, Text(f.Maker));
                raw.sqlite3_bind_text(stmt, 12, f.ItemKind == ShipmentItemKind.Model ? model : part);
                raw.sqlite3_bind_text(stmt, 13, Text(f.ItemCode));
                raw.sqlite3_bind_text(stmt, 14, Text(f.ProductGroup));
                raw.sqlite3_bind_int(stmt, 15, f.Units);
                raw.sqlite3_bind_int64(stmt, 16, f.WeightKg);
                raw.sqlite3_bind_text(stmt, 17, Text(f.Currency));
                raw.sqlite3_bind_int64(stmt, 18, f.ValueMinor);
                raw.sqlite3_bind_int64(stmt, 19, f.ValueUsdCents);
                raw.sqlite3_bind_int(stmt, 20, f.RouteId);
                raw.sqlite3_bind_text(stmt, 21, Text(f.Branch));
                raw.sqlite3_bind_int(stmt, 22, f.LeadDays);
                raw.sqlite3_bind_int(stmt, 23, f.OnTime ? 1 : 0);
                var rc = raw.sqlite3_step(stmt);
                if (rc != raw.SQLITE_DONE)
                {
                    Check(handle, rc);
                }

                raw.sqlite3_reset(stmt);
                if ((++n & 0x3FFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    progress?.Invoke(n);
                }
            }

            progress?.Invoke(n);
            return n;
        }
        finally
        {
            raw.sqlite3_finalize(stmt);
        }
    }

    private static void Check(sqlite3 handle, int rc)
    {
        if (rc != raw.SQLITE_OK && rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            throw new SqliteException($"SQLite error {rc}: {raw.sqlite3_errmsg(handle).utf8_to_string()}", rc);
        }
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
