using Corridor.Compliance.Lists;

namespace Corridor.Compliance.Quality;

/// <summary>All the shared sanctions lists (../shared/data/sanctions) parsed into entries, for the quality runs.</summary>
public static class SharedLists
{
    private static readonly (string Source, string Path)[] Files =
    [
        (ListSource.OfacSdn, "ofac-sdn-2021"), (ListSource.OfacConsolidated, "ofac-consolidated"), (ListSource.Un, "un/consolidated.xml"),
        (ListSource.OpenSanctions, "opensanctions/zala_entities.ftm.json"), (ListSource.OpenSanctions, "opensanctions/eu_fsf_sample_entities.ftm.json"),
        (ListSource.BisDpl, "bis/dpl.txt"), (ListSource.Uk, "uk"),
    ];

    /// <summary>The entries of every shared list; a list that does not parse is an error naming it.</summary>
    public static List<ListEntry> Load(string dataDirectory)
    {
        var entries = new List<ListEntry>();
        foreach (var (source, relative) in Files)
        {
            var parsed = SanctionsListParsers.For(source)!.Parse(Path.Combine(dataDirectory, relative));
            entries.AddRange(parsed.Succeeded ? parsed.Value.Entries : throw new InvalidOperationException($"{relative}: {string.Join("; ", parsed.Errors)}"));
        }

        return entries;
    }
}
