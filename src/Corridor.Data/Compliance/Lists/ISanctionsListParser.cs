using Corridor.Common;

namespace Corridor.Compliance.Lists;

/// <summary>
/// Reads one published list format, streaming record by record. The whole file is read before anything is returned:
/// a malformed or truncated file gives a failure naming the file and line or record, never a partial list.
/// </summary>
public interface ISanctionsListParser
{
    /// <summary>The source name (<see cref="ListSource"/>).</summary>
    string Source { get; }

    /// <param name="path">The file, or for multi-file formats (OFAC CSV set, UK tables) the folder holding them.</param>
    Result<ParsedList> Parse(string path, CancellationToken cancellationToken = default);
}
