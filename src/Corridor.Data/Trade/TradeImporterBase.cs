using Corridor.Import;
using Corridor.Storage;

namespace Corridor.Trade;

/// <summary>
/// The shape of trade's CSV importers: read every row into <typeparamref name="TRow"/> while validating (errors name
/// file, line and field; the loop and the save of <see cref="KeyedCsvImporter{TRow}"/>), then write in
/// <see cref="WriteAsync(IReadOnlyList{TRow}, CorridorDbContext, CancellationToken)"/>. Keys must be unique within the file.
/// </summary>
public abstract class TradeImporterBase<TRow> : KeyedCsvImporter<TRow>
    where TRow : class
{
    protected abstract Task<TRow?> ParseAsync(CsvRow row, ImportContext context, CancellationToken ct);

    protected abstract Task<ImportCounts> WriteAsync(IReadOnlyList<TRow> rows, CorridorDbContext db, CancellationToken ct);

    protected sealed override Task<TRow?> ParseRowAsync(CsvRow row, ImportContext context, CancellationToken ct) => ParseAsync(row, context, ct);

    protected sealed override Task<ImportCounts> WriteAsync(IReadOnlyList<TRow> rows, ImportContext context, CancellationToken ct) => WriteAsync(rows, context.Db, ct);

    /// <summary>Upserts <paramref name="rows"/> onto <paramref name="existing"/> by <paramref name="key"/>; <paramref name="update"/> copies a row onto its stored twin and says whether anything changed.</summary>
    protected ImportCounts Upsert<TKey>(IReadOnlyList<TRow> rows, IReadOnlyDictionary<TKey, TRow> existing, Func<TRow, TKey> key, Func<TRow, TRow, bool> update, CorridorDbContext db)
        where TKey : notnull
    {
        int added = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            if (existing.TryGetValue(key(row), out var stored))
            {
                _ = update(stored, row) ? updated++ : unchanged++;
            }
            else
            {
                db.Add(row!);
                added++;
            }
        }

        return new ImportCounts(FileName, added, updated, unchanged);
    }
}
