using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Compliance;

/// <summary>
/// Screens counterparties: against all active snapshots (on creation, change or on demand), or against the added and
/// changed entries of a new snapshot only. Each screening is recorded with the query, snapshots, algorithm version and
/// threshold; each hit becomes a <see cref="PossibleMatch"/>, unless a false-positive decision on the same unchanged
/// counterparty and unchanged entry exists, which is then carried over.
/// </summary>
public sealed class ScreeningService(CorridorDbContext db, ScreeningIndexCache cache, TimeProvider clock)
{
    public const int MaxHitsPerScreening = 20;

    public async Task<Screening> ScreenAsync(Counterparty counterparty, string trigger, CancellationToken ct = default)
    {
        var active = await cache.GetAsync(db, ct);
        var hits = active.Index.Search(counterparty.ToQuery(), NameComparer.DefaultThreshold, MaxHitsPerScreening);

        // A full screening replaces the open matches of earlier screenings; a counterparty not yet stored has none.
        var earlier = db.Entry(counterparty).State == EntityState.Added
            ? []
            : await db.PossibleMatches.Where(m => m.CounterpartyId == counterparty.Id && (m.Status == MatchStatus.Open || m.Status == MatchStatus.Escalated)).ToListAsync(ct);
        foreach (var old in earlier)
        {
            if (!hits.Any(h => h.Entry.Key == old.EntryKey) || old.CounterpartyVersion != counterparty.Version)
            {
                old.Supersede();
            }
        }

        return await RecordAsync(counterparty, trigger, active.Labels, hits, skipOpenDuplicates: true, ct);
    }

    /// <summary>Screens one counterparty against a delta index (added and changed entries of a new snapshot).</summary>
    internal async Task<Screening> ScreenDeltaAsync(Counterparty counterparty, ScreeningIndex delta, ListSnapshot snapshot, CancellationToken ct)
    {
        var hits = delta.Search(counterparty.ToQuery(), NameComparer.DefaultThreshold, MaxHitsPerScreening);
        return await RecordAsync(counterparty, $"snapshot {snapshot.Label}", snapshot.Label, hits, skipOpenDuplicates: false, ct);
    }

    private async Task<Screening> RecordAsync(Counterparty counterparty, string trigger, string snapshots, IReadOnlyList<ScreeningHit> hits, bool skipOpenDuplicates, CancellationToken ct)
    {
        var screening = new Screening(counterparty.Id, counterparty.Version, trigger, counterparty.ToQuery().ToString(), snapshots, NameComparer.DefaultThreshold, clock.GetUtcNow(), hits.Count);
        db.Screenings.Add(screening);
        CorridorMetrics.Screened(hits.Count);
        var keys = hits.Select(h => h.Entry.Key).ToArray();
        var previous = keys.Length == 0
            ? []
            : await db.PossibleMatches.Where(m => m.CounterpartyId == counterparty.Id && keys.Contains(m.EntryKey)).ToListAsync(ct);
        foreach (var hit in hits)
        {
            var stored = await db.ListSnapshotEntries.AsNoTracking()
                .Where(e => e.EntryKey == hit.Entry.Key)
                .Join(db.ListSnapshots.Where(s => s.IsActive), e => e.SnapshotId, s => s.Id, (e, s) => e)
                .FirstOrDefaultAsync(ct);
            if (stored is null)
            {
                continue;
            }

            var sameState = previous.Where(p => p.CounterpartyVersion == counterparty.Version && p.EntryHash == stored.Hash).ToArray();
            if (skipOpenDuplicates && sameState.Any(p => p.Status is MatchStatus.Open or MatchStatus.Escalated or MatchStatus.TrueMatch))
            {
                continue;
            }

            var match = new PossibleMatch(screening, counterparty, stored, hit.Score, hit.NameScore, hit.Explain());
            if (sameState.Where(p => p.Status == MatchStatus.FalsePositive && p.DecidedAt is not null).OrderByDescending(p => p.DecidedAt).FirstOrDefault() is { } decided)
            {
                match.Remember(decided);
            }

            db.PossibleMatches.Add(match);
        }

        await db.SaveChangesAsync(ct);
        return screening;
    }
}
