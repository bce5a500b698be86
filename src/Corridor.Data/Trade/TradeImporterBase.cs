using Corridor.Import;
using Corridor.Storage;

namespace Corridor.Trade;

/// <summary>
/// The shape of trade's CSV importers: read every row into <typeparamref name="TRow"/> while validating (errors name
/// file, line and field), then write in <see cref="WriteAsync"/>. Keys must be unique within the file.
/// </summary>
public abstract class TradeImporterBase<TRow> : IDatasetImporter
    where TRow : class
{
    public abstract string FileName { get; }

    public abstract int Order { get; }

    public abstract bool OrganisationScoped { get; }

    protected abstract IReadOnlyList<string> Header { get; }

    protected abstract string KeyColumn { get; }

    /// <summary>Also offered to later files under this kind (null: none).</summary>
    protected virtual string? ProvidesKind => null;

    protected abstract Task<TRow?> ParseAsync(CsvRow row, ImportContext context, CancellationToken ct);

    protected abstract string KeyOf(TRow row);

    protected abstract Task<ImportCounts> WriteAsync(IReadOnlyList<TRow> rows, CorridorDbContext db, CancellationToken ct);

    public async Task ValidateAsync(ImportContext context, string path, CancellationToken ct)
    {
        var rows = new List<TRow>();
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in CsvTable.Read(path, FileName, Header, context.Errors))
        {
            var parsed = await ParseAsync(row, context, ct);
            if (parsed is null || !row.IsValid)
            {
                continue;
            }

            var key = KeyOf(parsed);
            if (first.TryGetValue(key, out var line))
            {
                row.Error(KeyColumn, $"duplicate key '{key}' (first on line {line})");
                continue;
            }

            first[key] = row.Line;
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
        var counts = await WriteAsync(context.GetState<Parsed>().Rows, context.Db, ct);
        await context.Db.SaveChangesAsync(ct);
        return counts;
    }

    private sealed record Parsed(List<TRow> Rows);

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
