using Corridor.Storage;

namespace Corridor.Import;

/// <summary>Writes the stored rows of one file kind back out in the format its importer reads, so export then import is a no-op.</summary>
public interface IDatasetExporter
{
    string FileName { get; }

    bool OrganisationScoped { get; }

    Task<int> ExportAsync(CorridorDbContext db, TextWriter writer, CancellationToken ct);
}
