using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Catalog;

/// <summary>Resolves maker codes in catalogue files: against this import run and the organisation's stored makers.</summary>
internal static class MakerReferences
{
    public static async Task<HashSet<string>> StoredCodesAsync(CorridorDbContext db, CancellationToken ct) =>
        (await db.Makers.Select(m => m.Code).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static string CheckMaker(CsvRow row, ImportContext context, HashSet<string> stored)
    {
        var maker = row.Required("maker").ToUpperInvariant();
        if (maker.Length > 0 && !stored.Contains(maker) && !context.Provides("maker", maker))
        {
            row.Error("maker", $"unknown maker '{maker}' (not in makers.csv nor stored)");
        }

        return maker;
    }

    public static async Task<Guid> IdOfAsync(CorridorDbContext db, string code, CancellationToken ct) =>
        db.Makers.Local.FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.OrdinalIgnoreCase))?.Id
        ?? await db.Makers.Where(m => m.Code == code).Select(m => m.Id).SingleAsync(ct);
}
