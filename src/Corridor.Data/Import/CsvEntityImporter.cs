using System.Globalization;
using Corridor.Storage;
using CsvHelper;

namespace Corridor.Import;

/// <summary>
/// The common shape of an importer of one CSV file into one entity: exact header, one entity per row,
/// unique natural keys within the file (the loop of <see cref="KeyedCsvImporter{TRow}"/>), upsert on the key.
/// Subclasses say how a row becomes an entity.
/// </summary>
public abstract class CsvEntityImporter<T> : KeyedCsvImporter<T>, IDatasetExporter
    where T : class
{
    protected override bool SkipsRowsWithErrors => false;

    protected abstract T? Parse(CsvRow row, ImportContext context);

    /// <summary>The existing rows visible to the actor, by natural key.</summary>
    protected abstract Task<Dictionary<string, T>> LoadExistingAsync(CorridorDbContext db, CancellationToken ct);

    /// <summary>Copies <paramref name="incoming"/> onto <paramref name="existing"/>; returns whether anything changed.</summary>
    protected abstract bool Update(T existing, T incoming);

    protected sealed override Task<T?> ParseRowAsync(CsvRow row, ImportContext context, CancellationToken ct) => Task.FromResult(Parse(row, context));

    protected sealed override async Task<ImportCounts> WriteAsync(IReadOnlyList<T> rows, ImportContext context, CancellationToken ct)
    {
        var existing = await LoadExistingAsync(context.Db, ct);
        int added = 0, updated = 0, unchanged = 0;
        foreach (var entity in rows)
        {
            await ResolveReferencesAsync(entity, context, ct);
            if (existing.TryGetValue(KeyOf(entity), out var current))
            {
                if (Update(current, entity))
                {
                    updated++;
                }
                else
                {
                    unchanged++;
                }
            }
            else
            {
                context.Db.Add(entity);
                added++;
            }
        }

        return new ImportCounts(FileName, added, updated, unchanged);
    }

    /// <summary>Fills foreign keys that could only be known after earlier files were applied.</summary>
    protected virtual Task ResolveReferencesAsync(T entity, ImportContext context, CancellationToken ct) => Task.CompletedTask;

    /// <summary>The stored rows as CSV fields in <see cref="Header"/> order, in a stable order.</summary>
    protected abstract Task<IReadOnlyList<string?[]>> RowsForExportAsync(CorridorDbContext db, CancellationToken ct);

    public async Task<int> ExportAsync(CorridorDbContext db, TextWriter writer, CancellationToken ct)
    {
        var rows = await RowsForExportAsync(db, ct);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var h in Header)
        {
            csv.WriteField(h);
        }

        await csv.NextRecordAsync();
        foreach (var row in rows)
        {
            foreach (var field in row)
            {
                csv.WriteField(field ?? "");
            }

            await csv.NextRecordAsync();
        }

        return rows.Count;
    }

    protected static string? Num(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    protected static string? Num(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    protected static string? Day(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

}
