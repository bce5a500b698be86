namespace Corridor.Import;

/// <summary>
/// The one validate loop and the one save of Corridor's CSV importers (<see cref="CsvEntityImporter{T}"/>, trade's
/// <c>TradeImporterBase</c>): read the exact header, parse every row into a <typeparamref name="TRow"/> (errors name file,
/// line and field), refuse a key seen before in the file, offer each key to later files under
/// <see cref="ProvidesKind"/>; then write the rows (<see cref="WriteAsync"/>), save once, and run
/// <see cref="AfterSaveAsync"/>.
/// </summary>
public abstract class KeyedCsvImporter<TRow> : IDatasetImporter
    where TRow : class
{
    public abstract string FileName { get; }

    public abstract int Order { get; }

    public abstract bool OrganisationScoped { get; }

    /// <summary>The exact column names, in order.</summary>
    protected abstract IReadOnlyList<string> Header { get; }

    /// <summary>The column that holds the natural key, for duplicate-key errors.</summary>
    protected abstract string KeyColumn { get; }

    /// <summary>The kind under which this file's keys are offered to later files (e.g. "maker"); null offers none.</summary>
    protected virtual string? ProvidesKind => null;

    /// <summary>
    /// Whether a row that recorded an error is dropped even when its parse returned something (trade's importers);
    /// the entity importers keep it for the duplicate-key check, as they always have.
    /// </summary>
    protected virtual bool SkipsRowsWithErrors => true;

    protected abstract Task<TRow?> ParseRowAsync(CsvRow row, ImportContext context, CancellationToken ct);

    protected abstract string KeyOf(TRow row);

    /// <summary>Adds or updates the validated rows in the tracked context (not saved yet) and counts them.</summary>
    protected abstract Task<ImportCounts> WriteAsync(IReadOnlyList<TRow> rows, ImportContext context, CancellationToken ct);

    /// <summary>Writes what depends on this file's saved rows (e.g. rows written in bulk); runs in the import's transaction.</summary>
    protected virtual Task AfterSaveAsync(ImportContext context, CancellationToken ct) => Task.CompletedTask;

    public async Task ValidateAsync(ImportContext context, string path, CancellationToken ct)
    {
        var rows = new List<TRow>();
        var firstLine = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in CsvTable.Read(path, FileName, Header, context.Errors))
        {
            var parsed = await ParseRowAsync(row, context, ct);
            if (parsed is null || (SkipsRowsWithErrors && !row.IsValid))
            {
                continue;
            }

            var key = KeyOf(parsed);
            if (firstLine.TryGetValue(key, out var first))
            {
                row.Error(KeyColumn, $"duplicate key '{key}' (first on line {first})");
                continue;
            }

            firstLine[key] = row.Line;
            rows.Add(parsed);
            if (ProvidesKind is { } kind)
            {
                context.Provide(kind, key);
            }
        }

        context.SetState(new Parsed(rows));
    }

    public async Task<ImportCounts> ApplyAsync(ImportContext context, CancellationToken ct)
    {
        var counts = await WriteAsync(context.GetState<Parsed>().Rows, context, ct);

        // Later files (models) look up what this one added (makers) through the change tracker.
        await context.Db.SaveChangesAsync(ct);
        await AfterSaveAsync(context, ct);
        return counts;
    }

    private sealed record Parsed(List<TRow> Rows);
}
