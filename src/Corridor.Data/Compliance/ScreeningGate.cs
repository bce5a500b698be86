using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Compliance;

/// <summary>
/// The gate trade calls before an agreement, order or shipment proceeds: blocked while a counterparty has an open or
/// escalated possible match or a true match, or was never screened against at least one list snapshot. Counterparties of another organisation are not
/// visible and count as unknown (blocked).
/// </summary>
public sealed class ScreeningGate(CorridorDbContext db) : IScreeningGate
{
    public async Task<GateResult> CheckAsync(IReadOnlyCollection<Guid> counterpartyIds, CancellationToken cancellationToken = default)
    {
        var ids = counterpartyIds.Distinct().ToArray();
        var counterparties = await db.Counterparties.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var blocking = await db.PossibleMatches
            .Where(m => ids.Contains(m.CounterpartyId) && (m.Status == MatchStatus.Open || m.Status == MatchStatus.Escalated || m.Status == MatchStatus.TrueMatch))
            .ToListAsync(cancellationToken);
        // A screening that ran while no list snapshot was active checked nothing: it does not count as screened.
        var screened = await db.Screenings.Where(s => ids.Contains(s.CounterpartyId) && s.Snapshots != "").Select(s => s.CounterpartyId).Distinct().ToListAsync(cancellationToken);

        var blocks = new List<GateBlock>();
        foreach (var id in ids)
        {
            if (!counterparties.TryGetValue(id, out var c))
            {
                blocks.Add(new GateBlock(id, id.ToString(), "", "", MatchStatus.Open, 0, null));
                continue;
            }

            if (!screened.Contains(id))
            {
                blocks.Add(new GateBlock(id, c.Name, "", "", MatchStatus.Open, 0, null));
            }

            blocks.AddRange(blocking.Where(m => m.CounterpartyId == id).OrderByDescending(m => m.Score)
                .Select(m => new GateBlock(id, c.Name, m.EntryKey, m.EntryCaption, m.Status, m.Score, m.Id)));
        }

        return new GateResult(blocks);
    }
}
