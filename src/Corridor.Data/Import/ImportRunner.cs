using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Corridor.Import;

/// <summary>The outcome of <see cref="ImportRunner.RunAsync"/>: the errors (nothing was written when there are any) or the counts per file.</summary>
public sealed record ImportResult(IReadOnlyList<ImportError> Errors, IReadOnlyList<ImportCounts> Counts, IReadOnlyList<string> Skipped)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>Where an import run is: the file, the phase (validating, writing) and, for large files, the fraction of the file done.</summary>
public sealed record ImportProgress(string File, string Phase, double? Fraction);

/// <summary>Runs the registered <see cref="IDatasetImporter"/>s over a file or a folder: validate all, then write all in one transaction.</summary>
public sealed class ImportRunner(CorridorDbContext db, IEnumerable<IDatasetImporter> importers, ILogger<ImportRunner>? log = null)
{
    private readonly ILogger _log = (ILogger?)log ?? NullLogger.Instance;

    public IReadOnlyList<IDatasetImporter> Importers { get; } = importers.OrderBy(i => i.Order).ToList();

    /// <param name="path">A file whose name an importer knows, or a folder whose known files are all imported.</param>
    /// <param name="progress">Told the file, phase and fraction done as the run moves on.</param>
    public async Task<ImportResult> RunAsync(string path, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var files = ResolveFiles(path, out var skipped, out var notFound);
        if (notFound is not null)
        {
            return new ImportResult([notFound], [], skipped);
        }

        // One transaction spans both phases: validation writes nothing durable (large files may stage their
        // rows in temporary tables, which the transaction's end discards), and only a clean run is committed.
        var context = new ImportContext(db);
        var counts = new List<ImportCounts>();
        // An import tracks every row it writes in one context. Changes are detected once per save by the audit
        // interceptor; EF's automatic detection would scan the whole tracker again on every save and lookup.
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(() => ValidateThenApplyAsync(files, context, counts, progress, ct));
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        if (context.Errors.Count > 0)
        {
            CorridorLog.ImportRefused(_log, "import", path, string.Join("; ", context.Errors.Take(5)) + (context.Errors.Count > 5 ? $" (and {context.Errors.Count - 5} more)" : ""));
            return new ImportResult(context.Errors, [], skipped);
        }

        foreach (var count in counts)
        {
            CorridorLog.Imported(_log, Path.GetFileNameWithoutExtension(count.File), count.Added + count.Updated, count.File);
            CorridorMetrics.Imported(Path.GetFileNameWithoutExtension(count.File), count.Added + count.Updated);
        }

        return new ImportResult([], counts, skipped);
    }

    private async Task ValidateThenApplyAsync(List<(IDatasetImporter Importer, string File)> files, ImportContext context,
        List<ImportCounts> counts, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var (importer, file) in files)
        {
            if (importer.OrganisationScoped && db.CurrentOrganisationId is null)
            {
                context.Errors.Add(new ImportError(importer.FileName, 0, "organisation", "this file holds an organisation's data; name the organisation with --organisation"));
                continue;
            }

            progress?.Report(new ImportProgress(importer.FileName, "validating", null));
            context.Progress = f => progress?.Report(new ImportProgress(importer.FileName, "validating", f));
            await importer.ValidateAsync(context, file, ct);
            StartupTimings.Mark($"validated {importer.FileName}");
        }

        if (context.Errors.Count > 0)
        {
            await tx.RollbackAsync(ct);
            return;
        }

        foreach (var (importer, _) in files)
        {
            progress?.Report(new ImportProgress(importer.FileName, "writing", null));
            context.Progress = f => progress?.Report(new ImportProgress(importer.FileName, "writing", f));
            counts.Add(await importer.ApplyAsync(context, ct));
            StartupTimings.Mark($"written {importer.FileName}");

            // Each file's rows are written (inside the transaction) before the next file is applied; later files
            // find earlier ones in the database, so the context can let go of them instead of checking every row
            // it ever wrote for changes on every later save.
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        await tx.CommitAsync(ct);
    }

    private List<(IDatasetImporter Importer, string File)> ResolveFiles(string path, out List<string> skipped, out ImportError? notFound)
    {
        skipped = [];
        notFound = null;
        var byName = Importers.ToDictionary(i => i.FileName, StringComparer.OrdinalIgnoreCase);
        var result = new List<(IDatasetImporter, string)>();
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
            {
                if (byName.TryGetValue(Path.GetFileName(file), out var importer))
                {
                    result.Add((importer, file));
                }
                else
                {
                    skipped.Add(Path.GetFileName(file));
                }
            }
        }
        else if (File.Exists(path))
        {
            if (byName.TryGetValue(Path.GetFileName(path), out var importer))
            {
                result.Add((importer, path));
            }
            else
            {
                notFound = new ImportError(Path.GetFileName(path), 0, "file", $"no importer reads a file of this name; known files: {string.Join(", ", byName.Keys.Order())}");
            }
        }
        else
        {
            notFound = new ImportError(path, 0, "path", "no such file or folder");
        }

        return result.OrderBy(r => r.Item1.Order).ToList();
    }
}
