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
/// grow with the file. Validation reads the file once, reports every bad row and stages the good ones in a
/// temporary table of the import's transaction (SQLite: prepared inserts; PostgreSQL: binary COPY); applying is
/// one upsert from the staging table on the natural key (order_number, line). Nothing is committed unless the
/// whole run is clean. One audit entry records the import as a whole (docs/decisions/004-bulk-import-audit.md).
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
        var organisation = db.CurrentOrganisationId ?? throw new InvalidOperationException("no organisation selected");
        await using var stage = db.Provider == DatabaseProvider.Postgres
            ? await PostgresBulk.OpenStageAsync(db, ct)
            : (IOrderLineStage)await SqliteStage.OpenAsync(db, ct);
        var errorsBefore = context.Errors.Count;
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
            if (context.Errors.Count == errorsBefore)
            {
                await stage.AddAsync(Values(organisation, line), ct);
            }

            if (context.Errors.Count >= 1000)
            {
                context.Errors.Add(new ImportError(FileName, row.Line, "file", "more than 1,000 problems; stopped reading"));
                return;
            }
        }

        await stage.CompleteAsync(ct);
    }

    public async Task<ImportCounts> ApplyAsync(ImportContext context, CancellationToken ct)
    {
        var db = context.Db;
        var organisation = db.CurrentOrganisationId ?? throw new InvalidOperationException("no organisation selected");
        var before = await db.RecordedOrderLines.LongCountAsync(ct);
        context.Progress(0);
        var sql = UpsertSql($"SELECT {string.Join(", ", Columns)} FROM tmp_order_lines WHERE true");
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            sql = sql.Replace("IS DISTINCT FROM", "IS NOT", StringComparison.Ordinal);
        }

        var changed = await db.Database.ExecuteSqlRawAsync(sql, ct);
        context.Progress(1);
        var after = await db.RecordedOrderLines.LongCountAsync(ct);
        var added = (int)(after - before);
        var updated = changed - added;
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

    internal static readonly string[] Columns =
        ["organisation_id", "order_number", "line_no", "order_date", "buyer", "market", "item_kind", "item_code", "quantity", "unit_price", "currency", "requested_date"];

    internal static readonly string[] Properties =
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
}
