using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary>The shared reference data trade computes with: exchange rates, landed-cost rules and trade preferences.</summary>
public sealed record TradeReference(ExchangeRateTable Rates, IReadOnlyList<LandedCostRule> Rules, IReadOnlyList<TradePreference> Preferences);

/// <summary>Loads <see cref="TradeReference"/> from the database.</summary>
public sealed class TradeReferenceStore(CorridorDbContext db)
{
    public async Task<TradeReference> LoadAsync(CancellationToken ct = default) => new(
        new ExchangeRateTable(await db.Set<ExchangeRate>().AsNoTracking().ToListAsync(ct)),
        await db.Set<LandedCostRule>().AsNoTracking().ToListAsync(ct),
        await db.Set<TradePreference>().AsNoTracking().ToListAsync(ct));
}
