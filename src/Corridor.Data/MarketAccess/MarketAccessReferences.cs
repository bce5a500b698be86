using System.Runtime.CompilerServices;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.MarketAccess;

/// <summary>
/// What the market-access files of one import run may refer to: the requirement kinds of this run (which
/// override stored ones of the same code) and stored, the markets of this run and stored.
/// </summary>
internal static class MarketAccessReferences
{
    private static readonly ConditionalWeakTable<ImportContext, Dictionary<string, RequirementKind>> KindsInRun = [];

    public static void AddKind(ImportContext context, RequirementKind kind) =>
        KindsInRun.GetOrCreateValue(context)[kind.Code] = kind;

    /// <summary>Stored kinds overlaid with this run's, by code (case-insensitive).</summary>
    public static async Task<Dictionary<string, RequirementKind>> KindsAsync(ImportContext context, CancellationToken ct)
    {
        var kinds = (await context.Db.Set<RequirementKind>().AsNoTracking().ToListAsync(ct)).ToDictionary(k => k.Code, StringComparer.OrdinalIgnoreCase);
        if (KindsInRun.TryGetValue(context, out var run))
        {
            foreach (var k in run.Values)
            {
                kinds[k.Code] = k;
            }
        }

        return kinds;
    }

    public static async Task<HashSet<string>> StoredMarketsAsync(CorridorDbContext db, CancellationToken ct) =>
        (await db.Markets.Select(m => m.Iso2).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static bool MarketKnown(ImportContext context, HashSet<string> stored, string iso2) =>
        stored.Contains(iso2) || context.Provides("market", iso2);
}
