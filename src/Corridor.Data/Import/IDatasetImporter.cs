using Corridor.Storage;

namespace Corridor.Import;

/// <summary>
/// Imports one kind of file (by its file name, e.g. <c>makers.csv</c>). An import runs in two phases
/// over all files: every importer validates (reading the database but writing nothing), and only when no
/// file has an error does every importer apply its rows, in one transaction. Re-importing the same data
/// changes nothing: rows are upserted on their natural keys.
/// </summary>
public interface IDatasetImporter
{
    /// <summary>The file name this importer reads, matched case-insensitively.</summary>
    string FileName { get; }

    /// <summary>Lower runs first; files that others refer to (makers) come before those that refer to them (models).</summary>
    int Order { get; }

    /// <summary>True when the rows belong to the acting organisation (catalogue); false for shared reference data.</summary>
    bool OrganisationScoped { get; }

    /// <summary>Parses and checks the file, adding every problem to <see cref="ImportContext.Errors"/>; keeps what it parsed for <see cref="ApplyAsync"/>.</summary>
    Task ValidateAsync(ImportContext context, string path, CancellationToken ct);

    /// <summary>Writes the validated rows into the tracked DbContext (the runner saves and commits).</summary>
    Task<ImportCounts> ApplyAsync(ImportContext context, CancellationToken ct);
}

/// <summary>What one file's import did.</summary>
public sealed record ImportCounts(string File, int Added, int Updated, int Unchanged)
{
    public int Total => Added + Updated + Unchanged;
}
