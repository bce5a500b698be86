using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Corridor.Trade;

/// <summary>PostgreSQL staging: binary COPY into a temporary table dropped at the end of the transaction.</summary>
internal sealed class PostgresBulk : IOrderLineStage
{
    private static readonly NpgsqlDbType[] Types =
    [
        NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Integer, NpgsqlDbType.Date, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar,
        NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Integer, NpgsqlDbType.Numeric, NpgsqlDbType.Varchar, NpgsqlDbType.Date,
    ];

    private readonly NpgsqlBinaryImporter _writer;

    private PostgresBulk(NpgsqlBinaryImporter writer) => _writer = writer;

    public static async Task<PostgresBulk> OpenStageAsync(CorridorDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(
            """
            CREATE TEMPORARY TABLE IF NOT EXISTS tmp_order_lines (
                organisation_id uuid, order_number varchar(40), line_no integer, order_date date, buyer varchar(200), market varchar(2),
                item_kind varchar(8), item_code varchar(40), quantity integer, unit_price numeric(24,6), currency varchar(3), requested_date date
            ) ON COMMIT DROP;
            TRUNCATE tmp_order_lines;
            """, ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var writer = await connection.BeginBinaryImportAsync(
            $"COPY tmp_order_lines ({string.Join(", ", RecordedOrderLineImporter.Columns)}) FROM STDIN (FORMAT BINARY)", ct);
        return new PostgresBulk(writer);
    }

    public async ValueTask AddAsync(object?[] values, CancellationToken ct)
    {
        await _writer.StartRowAsync(ct);
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i] is OrderItemKind kind ? kind.ToString() : values[i];
            if (v is null)
            {
                await _writer.WriteNullAsync(ct);
            }
            else
            {
                await _writer.WriteAsync(v, Types[i], ct);
            }
        }
    }

    public async Task CompleteAsync(CancellationToken ct) => await _writer.CompleteAsync(ct);

    /// <summary>Disposing an uncompleted COPY cancels it; the import's transaction is then rolled back.</summary>
    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
