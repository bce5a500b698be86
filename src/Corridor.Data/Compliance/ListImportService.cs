using Corridor.Common;
using Corridor.Compliance.Lists;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Corridor.Compliance;

/// <summary>
/// Imports a list file as a new snapshot of its source: parses it in full first (a malformed file writes nothing and the
/// previous snapshot stays active), skips a file identical to the active snapshot, writes the snapshot and its entries in
/// one transaction, records the delta against the previous snapshot, and re-screens every organisation's counterparties
/// against the added and changed entries only; open matches on removed entries are superseded.
/// </summary>
public sealed class ListImportService(CorridorDbContext db, ActorContext actor, ScreeningService screening, TimeProvider clock, ILogger<ListImportService>? log = null)
{
    private readonly ILogger _log = (ILogger?)log ?? NullLogger.Instance;

    public async Task<Result<ListImportOutcome>> ImportAsync(string source, string path, CancellationToken ct = default)
    {
        if (SanctionsListParsers.For(source) is not { } parser)
        {
            return Result<ListImportOutcome>.Failure($"source: '{source}' is not one of {string.Join(", ", ListSource.All)}");
        }

        var parsed = await Task.Run(() => parser.Parse(path, ct), ct);
        if (!parsed.Succeeded)
        {
            CorridorLog.ListRefused(_log, source, path, string.Join("; ", parsed.Errors.Take(5)));
            return Result<ListImportOutcome>.Failure(parsed.Errors);
        }

        var list = parsed.Value;
        var previous = await db.ListSnapshots.Where(s => s.Source == source && s.IsActive).FirstOrDefaultAsync(ct);
        if (previous is not null && previous.ContentHash == list.ContentHash)
        {
            return Result<ListImportOutcome>.Success(new ListImportOutcome(previous, true, null, 0, 0));
        }

        var duplicates = list.Entries.GroupBy(e => e.Key).Where(g => g.Count() > 1).Select(g => g.Key).Take(5).ToArray();
        if (duplicates.Length > 0)
        {
            return Result<ListImportOutcome>.Failure($"{Path.GetFileName(path)}: entry ids appear more than once: {string.Join(", ", duplicates)}");
        }

        var snapshot = new ListSnapshot(source, list.PublishedOn, list.ContentHash, clock.GetUtcNow(), actor.Name, list.Entries.Count, previous?.Id);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            previous?.Supersede();
            db.ListSnapshots.Add(snapshot);
            foreach (var entry in list.Entries)
            {
                db.ListSnapshotEntries.Add(ListEntryJson.ToStored(snapshot.Id, entry));
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            await tx.CommitAsync(ct);
        });

        var store = new SnapshotStore(db);
        var delta = (await store.DeltaAsync(previous?.Id, snapshot.Id, ct))!;
        var tracked = await db.ListSnapshots.FindAsync([snapshot.Id], ct);
        tracked!.RecordDelta(delta.Added.Count, delta.Removed.Count, delta.Changed.Count);
        await db.SaveChangesAsync(ct);

        var (rescreened, matches) = await RescreenAsync(tracked, delta, ct);
        CorridorLog.ListUpdated(_log, source, tracked.Label, list.Entries.Count, delta.Added.Count, delta.Changed.Count, delta.Removed.Count, rescreened);
        CorridorMetrics.Imported($"list:{source}", list.Entries.Count);
        return Result<ListImportOutcome>.Success(new ListImportOutcome(tracked, false, delta, rescreened, matches));
    }

    private async Task<(int Counterparties, int Matches)> RescreenAsync(ListSnapshot snapshot, SnapshotDelta delta, CancellationToken ct)
    {
        var keys = delta.Added.Concat(delta.Changed).Select(d => d.EntryKey).ToHashSet(StringComparer.Ordinal);
        var removed = delta.Removed.Select(d => d.EntryKey).ToArray();
        var deltaIndex = ScreeningIndex.Build(await new SnapshotStore(db).EntriesAsync(snapshot.Id, keys, ct));
        var organisations = await db.Organisations.Select(o => o.Id).ToListAsync(ct);
        var (saved, savedUser, savedName) = (actor.OrganisationId, actor.UserId, actor.Name);
        int counterparties = 0, matches = 0;
        try
        {
            foreach (var organisation in organisations)
            {
                // Counterparties belong to organisations: act in each in turn so that reads and writes stay in it.
                actor.Set(organisation, null, $"{savedName} (re-screen after {snapshot.Label})");
                foreach (var stale in await db.PossibleMatches.Where(m => removed.Contains(m.EntryKey) && (m.Status == MatchStatus.Open || m.Status == MatchStatus.Escalated)).ToListAsync(ct))
                {
                    stale.Supersede();
                }

                if (keys.Count > 0)
                {
                    // Only counterparties that were screened before are re-screened: one never screened (entered,
                    // not yet checked) stays "not screened" until someone screens it, and the gate keeps stopping it.
                    var screenedBefore = db.Screenings.Select(s => s.CounterpartyId);
                    foreach (var counterparty in await db.Counterparties.Where(c => screenedBefore.Contains(c.Id)).ToListAsync(ct))
                    {
                        var s = await screening.ScreenDeltaAsync(counterparty, deltaIndex, snapshot, ct);
                        counterparties++;
                        matches += s.HitCount;
                    }
                }

                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            actor.Set(saved, savedUser, savedName);
        }

        return (counterparties, matches);
    }
}
