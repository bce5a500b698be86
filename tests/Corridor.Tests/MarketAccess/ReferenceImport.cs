using Corridor.Catalog;
using Corridor.Import;
using Corridor.MarketAccess;
using Corridor.Storage;

namespace Corridor.Tests.MarketAccess;

/// <summary>Runs the importers that market access needs (markets, makers, models, kinds, rules, certificates).</summary>
internal static class ReferenceImport
{
    public static ImportRunner Runner(CorridorDbContext db, TimeProvider? clock = null) => new(db,
    [
        new MarketImporter(), new MakerImporter(), new VehicleModelImporter(),
        new RequirementKindImporter(), new MarketRuleImporter(), new CertificateImporter(clock ?? TimeProvider.System),
    ]);

    /// <summary>A folder with the named reference files copied in, plus extra files written from text.</summary>
    public static string Folder(IEnumerable<string> referenceFiles, IReadOnlyDictionary<string, string>? extra = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "corridor-tests", "access-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var f in referenceFiles)
        {
            File.Copy(Path.Combine(Support.Fixtures.ReferenceData, f), Path.Combine(folder, f));
        }

        foreach (var (name, text) in extra ?? new Dictionary<string, string>())
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        return folder;
    }

    public static readonly string[] All = ["markets.csv", "makers.csv", "vehicle-models.csv", "requirement-kinds.csv", "market-rules.csv", "certificates.csv"];
}
