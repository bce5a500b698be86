using System.Globalization;
using Corridor.Storage;
using CsvHelper;

namespace Corridor.Import;

/// <summary>
/// The common shape of an importer of one CSV file into one entity: exact header, one entity per row,
/// unique natural keys within the file, upsert on the key. Subclasses say how a row becomes an entity.
/// </summary>
public abstract class CsvEntityImporter<T> : IDatasetImporter, IDatasetExporter
    where T : class
{
    public abstract string FileName { get; }

    public abstract int Order { get; }

    public abstract bool OrganisationScoped { get; }

    /// <summary>The exact column names, in order.</summary>
    protected abstract IReadOnlyList<string> Header { get; }

    /// <summary>The kind under which this file's keys are offered to later files (e.g. "maker"); null offers none.</summary>
    protected virtual string? ProvidesKind => null;

    /// <summary>The column that holds the natural key, for duplicate-key errors.</summary>
    protected abstract string KeyColumn { get; }

    protected abstract T? Parse(CsvRow row, ImportContext context);

    protected abstract string KeyOf(T entity);

    /// <summary>The existing rows visible to the actor, by natural key.</summary>
    protected abstract Task<Dictionary<string, T>> LoadExistingAsync(CorridorDbContext db, CancellationToken ct);

    /// <summary>Copies <paramref name="incoming"/> onto <paramref name="existing"/>; returns whether anything changed.</summary>
    protected abstract bool Update(T existing, T incoming);

    public Task ValidateAsync(ImportContext context, string path, CancellationToken ct)
    {
        var parsed = new List<T>();
        var firstLine = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in CsvTable.Read(path, FileName, Header, context.Errors))
        {
            var entity = Parse(row, context);
            if (entity is null)
            {
                continue;
            }

            var key = KeyOf(entity);
            if (firstLine.TryGetValue(key, out var first))
            {
                row.Error(KeyColumn, $"duplicate key '{key}' (first on line {first})");
                continue;
            }

            firstLine[key] = row.Line;
            parsed.Add(entity);
            if (ProvidesKind is { } kind)
            {
                context.Provide(kind, key);
            }
        }

        context.SetState(new Parsed(parsed));
        return Task.CompletedTask;
    }

    public async Task<ImportCounts> ApplyAsync(ImportContext context, CancellationToken ct)
    {
        var incoming = context.GetState<Parsed>().Rows;
        var existing = await LoadExistingAsync(context.Db, ct);
        int added = 0, updated = 0, unchanged = 0;
        foreach (var entity in incoming)
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

        // Later files (models) look up what this one added (makers) through the change tracker.
        await context.Db.SaveChangesAsync(ct);
        await AfterSaveAsync(context, ct);
        return new ImportCounts(FileName, added, updated, unchanged);
    }

    /// <summary>Writes what depends on this file's saved rows (e.g. rows written in bulk); runs in the import's transaction.</summary>
    protected virtual Task AfterSaveAsync(ImportContext context, CancellationToken ct) => Task.CompletedTask;

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

    private sealed record Parsed(List<T> Rows);
}
