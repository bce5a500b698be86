using Corridor.Import;

namespace Corridor.Logistics;

/// <summary>
/// Reads the network files of a folder (nodes, links, border-crossings, services, emission-factors) straight into a
/// <see cref="NetworkDefinition"/>, with the same checks as the importers but without a database: for tests,
/// benchmarks and offline planning. Services are expanded into their departures (none booked).
/// </summary>
public static class NetworkFiles
{
    public static Common.Result<NetworkDefinition> Read(string folder)
    {
        var errors = new List<ImportError>();
        var nodes = ReadAll(Path.Combine(folder, "nodes.csv"), LogisticsRows.NodeHeader, errors, LogisticsRows.Node, n => n.Code);
        var codes = nodes.Select(n => n.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var links = ReadAll(Path.Combine(folder, "links.csv"), LogisticsRows.LinkHeader, errors, r => LogisticsRows.Link(r, codes.Contains), l => l.Key);
        var borders = ReadAll(Path.Combine(folder, "border-crossings.csv"), LogisticsRows.BorderHeader, errors, r => LogisticsRows.Border(r, codes.Contains), b => b.NodeCode);
        var linkKeys = links.SelectMany(l => l.Bidirectional ? new[] { l.Key, Link.KeyOf(l.ToCode, l.FromCode, l.Mode) } : [l.Key]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var services = Optional(Path.Combine(folder, "services.csv"), LogisticsRows.ServiceHeader, errors, r => LogisticsRows.Service(r, linkKeys.Contains), s => s.Code);
        var factors = Optional(Path.Combine(folder, "emission-factors.csv"), LogisticsRows.EmissionHeader, errors, LogisticsRows.Emission, f => f.Mode.ToText());
        if (errors.Count > 0)
        {
            return Common.Result<NetworkDefinition>.Failure(errors.Select(e => e.ToString()).ToList());
        }

        var departures = services.SelectMany(LogisticsRows.DeparturesOf).ToList();
        return Common.Result<NetworkDefinition>.Success(new NetworkDefinition(nodes, links, borders, departures, factors));
    }

    private static List<T> Optional<T>(string path, string[] header, List<ImportError> errors, Func<CsvRow, T?> parse, Func<T, string> key)
        where T : class => File.Exists(path) ? ReadAll(path, header, errors, parse, key) : [];

    private static List<T> ReadAll<T>(string path, string[] header, List<ImportError> errors, Func<CsvRow, T?> parse, Func<T, string> key)
        where T : class
    {
        var result = new List<T>();
        if (!File.Exists(path))
        {
            errors.Add(new ImportError(Path.GetFileName(path), 0, "path", "no such file"));
            return result;
        }

        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in CsvTable.Read(path, Path.GetFileName(path), header, errors))
        {
            if (parse(row) is not { } item)
            {
                continue;
            }

            var k = key(item);
            if (first.TryGetValue(k, out var line))
            {
                row.Error(header[0], $"duplicate key '{k}' (first on line {line})");
                continue;
            }

            first[k] = row.Line;
            result.Add(item);
        }

        return result;
    }
}
