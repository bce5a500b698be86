using Corridor.Compliance;
using Corridor.Compliance.Lists;

namespace Corridor.Web;

/// <summary>
/// The sanctions lists the demo loads: the UN consolidated list and the OFAC consolidated (non-SDN) list, in their
/// published formats, read by path from a folder laid out as <c>shared/data/sanctions</c> (never copied into the
/// repository). Without them the demo says plainly that no list is loaded: its counterparties then count as not
/// screened and the gate refuses trade with them.
/// </summary>
public static class DemoSanctionsLists
{
    private static readonly (string Source, string Path)[] Lists =
    [
        (ListSource.Un, System.IO.Path.Combine("un", "consolidated.xml")),
        (ListSource.OfacConsolidated, "ofac-consolidated"),
    ];

    /// <summary>Loads what is there and returns one sentence saying what was loaded, or that nothing was.</summary>
    public static async Task<string> LoadAsync(IServiceProvider services, string? folder, CancellationToken ct)
    {
        const string none = "Sanctions lists: none loaded — counterparties are NOT screened and the gate refuses orders with them until a compliance officer loads a list (`corridor lists import`).";
        if (folder is null)
        {
            return none;
        }

        var importer = services.GetRequiredService<ListImportService>();
        var loaded = new List<string>();
        foreach (var (source, relative) in Lists)
        {
            var path = System.IO.Path.Combine(folder, relative);
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                continue;
            }

            var result = await importer.ImportAsync(source, path, ct);
            if (!result.Succeeded)
            {
                throw new Cli.CliException(Cli.ExitCodes.InvalidInput, $"the sanctions list {path} does not import:\n" + string.Join("\n", result.Errors));
            }

            loaded.Add($"{source} ({result.Value.Snapshot.EntryCount:N0} entries, published {result.Value.Snapshot.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"})");
        }

        return loaded.Count == 0 ? none : $"Sanctions lists: {string.Join(", ", loaded)} from {folder}; every counterparty screened against them.";
    }
}
