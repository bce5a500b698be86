using Corridor.Common;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Intelligence;

/// <summary>
/// The review queue of the acting organisation: candidates with their sentences; accept (as proposed or edited),
/// reject with a reason, merge into an accepted fact. An accepted candidate becomes a source of the fact with its
/// statement id — created on first acceptance, shared by every later one — so the same figure from two articles is
/// one fact with two sources. Every decision is written by the storage layer's audit (reviewer and time).
/// </summary>
public sealed class FactReview(CorridorDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public Task<List<CandidateView>> QueueAsync(CandidateStatus? status = CandidateStatus.Pending, Guid? articleId = null, int limit = 500, CancellationToken ct = default) =>
        CandidatesAsync(status, articleId, null, limit, ct);

    public async Task<CandidateView?> FindAsync(Guid id, CancellationToken ct = default) =>
        (await CandidatesAsync(null, null, id, 1, ct)).SingleOrDefault();

    private async Task<List<CandidateView>> CandidatesAsync(CandidateStatus? status, Guid? articleId, Guid? id, int limit, CancellationToken ct)
    {
        var q = db.FactCandidates.AsNoTracking();
        if (id is { } only)
        {
            q = q.Where(c => c.Id == only);
        }

        if (status is { } s)
        {
            q = q.Where(c => c.Status == s);
        }

        if (articleId is { } a)
        {
            q = q.Where(c => c.ArticleId == a);
        }

        var rows = await q.Join(db.Articles.AsNoTracking(), c => c.ArticleId, a => a.Id, (c, a) => new { c, a.Source, a.Title, a.PublishedOn, a.Text })
            .OrderByDescending(x => x.PublishedOn).ThenBy(x => x.Source).ThenBy(x => x.c.FigureStart).Take(Math.Clamp(limit, 1, 5000)).ToListAsync(ct);
        return rows.Select(x => new CandidateView(x.c, x.Text.Substring(x.c.SentenceStart, x.c.SentenceLength), x.Source, x.Title, x.PublishedOn)).ToList();
    }

    /// <summary>Accepts a pending candidate with <paramref name="values"/> (null: as proposed); null when the candidate does not exist.</summary>
    public async Task<Result<FactView>?> AcceptAsync(Guid id, FactValues? values, CancellationToken ct = default)
    {
        if (await db.FactCandidates.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } candidate)
        {
            return null;
        }

        var accepted = values ?? candidate.Proposed;
        if (accepted is null)
        {
            return Result<FactView>.Failure("subject: the extractor proposed no subject; give one to accept the candidate.");
        }

        var now = clock.GetUtcNow();
        var fact = await db.ReviewedFacts.SingleOrDefaultAsync(f => f.StatementId == accepted.Id, ct);
        if (fact is null)
        {
            fact = new ReviewedFact(accepted, actor.Name, now);
            db.ReviewedFacts.Add(fact);
        }

        var decided = candidate.Accept(fact, actor.Name, now);
        if (!decided.Succeeded)
        {
            return Result<FactView>.Failure(decided.Errors);
        }

        await db.SaveChangesAsync(ct);
        return Result<FactView>.Success((await FactAsync(fact.Id, ct))!);
    }

    /// <summary>Rejects a pending candidate with a reason; null when it does not exist.</summary>
    public async Task<Result<FactCandidate>?> RejectAsync(Guid id, string? reason, CancellationToken ct = default)
    {
        if (await db.FactCandidates.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } candidate)
        {
            return null;
        }

        var decided = candidate.Reject(reason, actor.Name, clock.GetUtcNow());
        if (decided.Succeeded)
        {
            await db.SaveChangesAsync(ct);
        }

        return decided;
    }

    /// <summary>Merges a pending candidate into a reviewed fact (another source of it); null when either does not exist.</summary>
    public async Task<Result<FactView>?> MergeAsync(Guid id, Guid factId, CancellationToken ct = default)
    {
        var candidate = await db.FactCandidates.SingleOrDefaultAsync(c => c.Id == id, ct);
        var fact = await db.ReviewedFacts.SingleOrDefaultAsync(f => f.Id == factId, ct);
        if (candidate is null || fact is null)
        {
            return null;
        }

        var decided = candidate.MergeInto(fact, actor.Name, clock.GetUtcNow());
        if (!decided.Succeeded)
        {
            return Result<FactView>.Failure(decided.Errors);
        }

        await db.SaveChangesAsync(ct);
        return Result<FactView>.Success((await FactAsync(fact.Id, ct))!);
    }

    /// <summary>Reviewed facts with their sources, optionally of one subject.</summary>
    public Task<List<FactView>> FactsAsync(string? subject = null, CancellationToken ct = default) => FactsAsync(subject, null, ct);

    public async Task<FactView?> FactAsync(Guid id, CancellationToken ct = default) => (await FactsAsync(null, id, ct)).SingleOrDefault();

    private async Task<List<FactView>> FactsAsync(string? subject, Guid? id, CancellationToken ct)
    {
        var facts = db.ReviewedFacts.AsNoTracking();
        if (id is { } only)
        {
            facts = facts.Where(f => f.Id == only);
        }

        if (!string.IsNullOrWhiteSpace(subject))
        {
            facts = facts.Where(f => f.Subject == subject.Trim());
        }

        var list = await facts.OrderBy(f => f.Subject).ThenBy(f => f.Metric).ThenBy(f => f.PeriodFrom).ToListAsync(ct);
        var ids = list.Select(f => f.Id).ToList();
        var sources = await db.FactCandidates.AsNoTracking().Where(c => c.FactId != null && ids.Contains(c.FactId.Value))
            .Join(db.Articles.AsNoTracking(), c => c.ArticleId, a => a.Id, (c, a) => new { c, a.Source, a.Publisher, a.PublishedOn, a.Text })
            .ToListAsync(ct);
        var bySource = sources.GroupBy(s => s.c.FactId!.Value).ToDictionary(g => g.Key, g => g
            .OrderBy(s => s.c.ReviewedAt)
            .Select(s => new FactSource(s.c.ArticleId, s.Source, s.Publisher, s.PublishedOn, s.c.Id, s.c.SentenceStart, s.c.SentenceLength, s.c.FigureStart, s.c.FigureLength,
                s.Text.Substring(s.c.SentenceStart, s.c.SentenceLength), s.c.ExtractorVersion, s.c.Edited, s.c.ReviewedBy ?? "", s.c.ReviewedAt ?? default))
            .ToList());
        return list.Select(f => new FactView(f, bySource.TryGetValue(f.Id, out var s) ? s : [])).ToList();
    }

    /// <summary>Subject, metric and period reported with different values (each value a fact with its quotes).</summary>
    public async Task<List<FactConflict>> ConflictsAsync(CancellationToken ct = default) =>
        (await FactsAsync(null, null, ct))
            .GroupBy(f => f.Fact.ConflictKey)
            .Where(g => g.Select(f => (f.Fact.Value, f.Fact.Unit)).Distinct().Count() > 1)
            .Select(g => new FactConflict(g.First().Fact.Subject, g.First().Fact.Metric, g.First().Fact.PeriodFrom, g.First().Fact.PeriodUntil, g.OrderBy(f => f.Fact.Value).ToList()))
            .OrderBy(c => c.Subject).ThenBy(c => c.Metric)
            .ToList();
}
