using Corridor.Common;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Compliance;

/// <summary>The review queue of the acting organisation: open and escalated matches, and decisions on them.</summary>
public sealed class ReviewService(CorridorDbContext db, ICurrentActor actor, TimeProvider clock)
{
    public Task<List<PossibleMatch>> QueueAsync(CancellationToken ct = default) =>
        db.PossibleMatches.Where(m => m.Status == MatchStatus.Open || m.Status == MatchStatus.Escalated)
            .OrderByDescending(m => m.Score).ThenBy(m => m.FoundAt).ToListAsync(ct);

    /// <summary>Decides a match; null when the match does not exist in the acting organisation.</summary>
    public async Task<Result<PossibleMatch>?> DecideAsync(Guid matchId, MatchStatus decision, string reason, CancellationToken ct = default)
    {
        var match = await db.PossibleMatches.FirstOrDefaultAsync(m => m.Id == matchId, ct);
        if (match is null)
        {
            return null;
        }

        var result = match.Decide(decision, reason, actor.Name, clock.GetUtcNow());
        if (result.Succeeded)
        {
            await db.SaveChangesAsync(ct);
        }

        return result;
    }

    public static bool TryParseDecision(string text, out MatchStatus decision)
    {
        decision = text.Trim().ToLowerInvariant() switch
        {
            "true-match" or "truematch" or "true" => MatchStatus.TrueMatch,
            "false-positive" or "falsepositive" or "false" => MatchStatus.FalsePositive,
            "escalate" or "escalated" => MatchStatus.Escalated,
            _ => MatchStatus.Open,
        };
        return decision != MatchStatus.Open;
    }
}
