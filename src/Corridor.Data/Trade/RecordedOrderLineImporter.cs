using System.Data.Common;
using System.Text.Json;
using Corridor.Audit;
using Corridor.Catalog;
using Corridor.Common;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Corridor.Trade;

/// <summary>
/// <c>order-lines.csv</c>: bulk order lines from the exporter's own system, streamed so that memory does not
/// grow with the file. Validation reads the whole file once (every bad row is reported, nothing written);
/// applying reads it again and upserts in batches on the natural key (order_number, line) — on PostgreSQL
/// through binary COPY into a temporary table. One audit entry records the import as a whole
/// (docs/decisions/004-bulk-import-audit.md).
/// </summary>
public sealed class RecordedOrderLineImporter : IDatasetImporter
{
    public static readonly string[] Header =
        ["order_number", "line", "order_date", "buyer", "market", "item_kind", "item_code", "quantity", "unit_price", "currency", "requested_date"];

    private string? _path;
    private int _rows;

    public string FileName => "order-lines.csv";

    public int Order => 500;

    public bool OrganisationScoped => true;

    public async Task ValidateAsync(ImportContext context, string path, CancellationToken ct)
    {
        _path = path;
        var db = context.Db;
        var markets = (await db.Markets.Select(m => m.Iso2).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var models = (await db.VehicleModels.Select(m => m.Code).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var parts = (await db.Parts.Select(p => p.PartNumber).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // 64-bit hashes of the keys seen so far: 16 bytes a row instead of the keys themselves. Two different
        // keys share a hash with odds of about 1 in 3·10^7 for a million rows; such a pair would be reported
        // as a duplicate, which is the safe side.
        var seen = new Dictionary<ulong, int>();
        _rows = 0;
        foreach (var row in CsvTable.Read(path, FileName, Header, context.Errors, context.Progress))
        {
            var line = Parse(row);
            if (line is null)
            {
                continue;
            }

            if (!markets.Contains(line.Market) && !context.Provides("market", line.Market))
            {
                row.Error("market", $"unknown market '{line.Market}'");
            }

            var known = line.ItemKind == OrderItemKind.Model
                ? models.Contains(line.ItemCode) || context.Provides("model", line.ItemCode)
                : parts.Contains(line.ItemCode) || context.Provides("part", line.ItemCode);
            if (!known)
            {
                row.Error("item_code", $"unknown {line.ItemKind.ToString().ToLowerInvariant()} '{line.ItemCode}'");
            }

            var key = KeyHash(line.OrderNumber, line.LineNo);
            if (!seen.TryAdd(key, row.Line))
            {
                row.Error("line", $"duplicate key '{line.OrderNumber}/{line.LineNo}' (first on line {seen[key]})");
            }

            _rows++;
            if (context.Errors.Count >= 1000)
            {
                context.Errors.Add(new ImportError(FileName, row.Line, "file", "more than 1,000 problems; stopped reading"));
                return;
            }
        }
    }

    public async Task<ImportCounts> ApplyAsync(ImportContext context, CancellationToken ct)
    {
        var db = context.Db;
        var organisation = db.CurrentOrganisationId ?? throw new InvalidOperationException("no organisation selected");
        var before = await db.RecordedOrderLines.LongCountAsync(ct);
        var errors = new List<ImportError>();
        var lines = CsvTable.Read(_path!, FileName, Header, errors, context.Progress).Select(Parse).OfType<RecordedOrderLine>();
        var changed = db.Provider == DatabaseProvider.Postgres
            ? await PostgresBulk.UpsertAsync(db, organisation, lines, ct)
            : await SqliteUpsertAsync(db, organisation, lines, ct);
        var after = await db.RecordedOrderLines.LongCountAsync(ct);
        var added = (int)(after - before);
        var updated = (int)changed - added;
        var counts = new ImportCounts(FileName, added, updated, _rows - added - updated);

        var actor = db.Actor;
        db.AuditLog.Add(new AuditEntry(TimeProvider.System.GetUtcNow(), actor.UserId, actor.Name, organisation, nameof(RecordedOrderLine), FileName, "imported",
            JsonSerializer.Serialize(new { file = Path.GetFileName(_path), rows = _rows, counts.Added, counts.Updated, counts.Unchanged })));
        return counts;
    }

    internal static RecordedOrderLine? Parse(CsvRow row)
    {
        var number = row.Required("order_number");
        var lineNo = row.RequiredInt("line");
        var date = row.RequiredDate("order_date");
        var buyer = row.Required("buyer");
        var market = row.RequiredCountry("market");
        var kind = row.RequiredEnum<OrderItemKind>("item_kind");
        var item = row.Required("item_code");
        var quantity = row.RequiredInt("quantity");
        var price = row.RequiredDecimal("unit_price");
        var currency = row.RequiredCurrency("currency");
        var requested = row.OptionalDate("requested_date");
        return row.Build(() => new RecordedOrderLine(number, lineNo, date, buyer, market, kind, item, quantity, new Money(price, currency), requested));
    }

    private static ulong KeyHash(string orderNumber, int line)
    {
        // FNV-1a, 64 bit, over the order number's chars and the line number.
        var hash = 14695981039346656037UL;
        foreach (var ch in orderNumber)
        {
            hash = (hash ^ ch) * 1099511628211UL;
        }

        hash = (hash ^ '/') * 1099511628211UL;
        return (hash ^ (uint)line) * 1099511628211UL;
    }

    private static readonly string[] Columns =
        ["organisation_id", "order_number", "line_no", "order_date", "buyer", "market", "item_kind", "item_code", "quantity", "unit_price", "currency", "requested_date"];

    private static readonly string[] Properties =
        [nameof(RecordedOrderLine.OrganisationId), nameof(RecordedOrderLine.OrderNumber), nameof(RecordedOrderLine.LineNo), nameof(RecordedOrderLine.OrderDate),
         nameof(RecordedOrderLine.Buyer), nameof(RecordedOrderLine.Market), nameof(RecordedOrderLine.ItemKind), nameof(RecordedOrderLine.ItemCode),
         nameof(RecordedOrderLine.Quantity), nameof(RecordedOrderLine.UnitPrice), nameof(RecordedOrderLine.Currency), nameof(RecordedOrderLine.RequestedDate)];

    internal static object?[] Values(Guid organisation, RecordedOrderLine l) =>
        [organisation, l.OrderNumber, l.LineNo, l.OrderDate, l.Buyer, l.Market, l.ItemKind, l.ItemCode, l.Quantity, l.UnitPrice, l.Currency, l.RequestedDate];

    internal static string UpsertSql(string source) =>
        $"""
        INSERT INTO recorded_order_lines ({string.Join(", ", Columns)})
        {source}
        ON CONFLICT (organisation_id, order_number, line_no) DO UPDATE SET
            {string.Join(", ", Columns.Skip(3).Select(c => $"{c} = excluded.{c}"))}
        WHERE {string.Join(" OR ", Columns.Skip(3).Select(c => $"recorded_order_lines.{c} IS DISTINCT FROM excluded.{c}"))}
        """;

    private static async Task<long> SqliteUpsertAsync(CorridorDbContext db, Guid organisation, IEnumerable<RecordedOrderLine> lines, CancellationToken ct)
    {
        // The parameters go through EF's own type mappings, so Guids, dates, enums and decimals are stored
        // exactly as EF stores and compares them.
        var entity = db.Model.FindEntityType(typeof(RecordedOrderLine))!;
        var mappings = Properties.Select(p => (RelationalTypeMapping)entity.FindProperty(p)!.GetRelationalTypeMapping()).ToArray();
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var sql = UpsertSql($"VALUES ({string.Join(", ", Columns.Select((_, i) => $"@p{i}"))})").Replace("IS DISTINCT FROM", "IS NOT", StringComparison.Ordinal);
        command.CommandText = sql;
        var parameters = new DbParameter[Columns.Length];
        for (var i = 0; i < Columns.Length; i++)
        {
            parameters[i] = mappings[i].CreateParameter(command, $"@p{i}", null, nullable: true);
            command.Parameters.Add(parameters[i]);
        }

        // A larger page cache for the duration of the import: the table and its two indexes outgrow the default 2 MB.
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -131072;", ct);
        await command.PrepareAsync(ct);
        long changed = 0;
        foreach (var line in lines)
        {
            var values = Values(organisation, line);
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] is null ? DBNull.Value : mappings[i].Converter is { } c ? c.ConvertToProvider(values[i]) : values[i];
            }

            // Synchronous on purpose: Microsoft.Data.Sqlite has no real async I/O, and the task per row costs more than the insert.
            changed += command.ExecuteNonQuery();
        }

        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000;", ct);
        return changed;
    }
}
