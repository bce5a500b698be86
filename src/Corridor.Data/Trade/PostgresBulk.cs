using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Corridor.Trade;

/// <summary>Upserts order lines on PostgreSQL: binary COPY into a temporary table, then one INSERT … ON CONFLICT.</summary>
internal static class PostgresBulk
{
    private static readonly NpgsqlDbType[] Types =
    [
        NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Integer, NpgsqlDbType.Date, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar,
        NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Integer, NpgsqlDbType.Numeric, NpgsqlDbType.Varchar, NpgsqlDbType.Date,
    ];

    public static async Task<long> UpsertAsync(CorridorDbContext db, Guid organisation, IEnumerable<Corridor.Trade.RecordedOrderLine> lines, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.ExecuteSqlRawAsync(
            """
            CREATE TEMPORARY TABLE IF NOT EXISTS tmp_order_lines (
                organisation_id uuid, order_number varchar(40), line_no integer, order_date date, buyer varchar(200), market varchar(2),
                item_kind varchar(8), item_code varchar(40), quantity integer, unit_price numeric(24,6), currency varchar(3), requested_date date
            ) ON COMMIT DROP;
            TRUNCATE tmp_order_lines;
            """, ct);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY tmp_order_lines (organisation_id, order_number, line_no, order_date, buyer, market, item_kind, item_code, quantity, unit_price, currency, requested_date) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var line in lines)
            {
                var values = RecordedOrderLineImporter.Values(organisation, line);
                await writer.StartRowAsync(ct);
                for (var i = 0; i < values.Length; i++)
                {
                    var v = values[i] is OrderItemKind kind ? kind.ToString() : values[i];
                    if (v is null)
                    {
                        await writer.WriteNullAsync(ct);
                    }
                    else
                    {
                        await writer.WriteAsync(v, Types[i], ct);
                    }
                }
            }

            await writer.CompleteAsync(ct);
        }

        var sql = RecordedOrderLineImporter.UpsertSql(
            "SELECT organisation_id, order_number, line_no, order_date, buyer, market, item_kind, item_code, quantity, unit_price, currency, requested_date FROM tmp_order_lines");
        return await db.Database.ExecuteSqlRawAsync(sql, ct);
    }
}
