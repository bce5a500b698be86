using System.Globalization;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.MarketAccess;

/// <summary>Certificates that stop sufficing: those the blocking reasons of a lost period name, for that model and market.</summary>
public sealed class CertificateImpactSource(CorridorDbContext db) : IImpactSource
{
    public string Name => "certificate";

    public async Task<IReadOnlyList<ImpactedItem>> FindAsync(IReadOnlyList<ModelImpact> impacts, CancellationToken ct)
    {
        var lost = impacts.Where(i => i.LosesAny).ToList();
        if (lost.Count == 0)
        {
            return [];
        }

        var modelIds = lost.Select(i => i.Model.Id).Distinct().ToList();
        var certificates = await db.Set<Certificate>().AsNoTracking().Include(c => c.History)
            .Where(c => modelIds.Contains(c.ModelId)).ToListAsync(ct);
        var items = new List<ImpactedItem>();
        foreach (var impact in lost)
        {
            foreach (var change in impact.Changes.Where(c => c.Lost))
            {
                foreach (var c in certificates.Where(c => c.ModelId == impact.Model.Id
                    && string.Equals(c.MarketIso2, impact.Market, StringComparison.OrdinalIgnoreCase) && change.Certificates.Contains(c.Number)))
                {
                    items.Add(new ImpactedItem(Name, c.Number, impact.Model.Code, impact.Market, change.From, true, null, null,
                        string.Create(CultureInfo.InvariantCulture, $"{c.KindCode} {c.Number} no longer suffices from {change.From:yyyy-MM-dd}: {change.Reason}")));
                }
            }
        }

        return items;
    }
}
