using Corridor.Common;

namespace Corridor.Compliance;

/// <summary>
/// A list entry that a screening found for a counterparty, with its score and explanation, and the review decision.
/// A false-positive decision is remembered for the pair (counterparty version, list entry hash): a later screening
/// that finds the same entry unchanged for the unchanged counterparty records the match as already decided; if either
/// changed, the match comes back open.
/// </summary>
public sealed class PossibleMatch : IOrganisationOwned
{
    private PossibleMatch()
    {
        EntryKey = EntryCaption = EntryHash = Explanation = CounterpartyName = "";
    }

    public PossibleMatch(Screening screening, Counterparty counterparty, ListSnapshotEntry entry, double score, double nameScore, string explanation)
    {
        Id = Guid.CreateVersion7();
        ScreeningId = screening.Id;
        CounterpartyId = counterparty.Id;
        CounterpartyVersion = counterparty.Version;
        CounterpartyName = counterparty.Name;
        SnapshotId = entry.SnapshotId;
        EntryKey = entry.EntryKey;
        EntryCaption = entry.Caption;
        EntryHash = entry.Hash;
        Score = score;
        NameScore = nameScore;
        Explanation = explanation.Length > 4000 ? explanation[..4000] : explanation;
        FoundAt = screening.ScreenedAt;
        Status = MatchStatus.Open;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid ScreeningId { get; private set; }

    public Guid CounterpartyId { get; private set; }

    public int CounterpartyVersion { get; private set; }

    public string CounterpartyName { get; private set; }

    public Guid SnapshotId { get; private set; }

    public string EntryKey { get; private set; }

    public string EntryCaption { get; private set; }

    public string EntryHash { get; private set; }

    /// <summary>Final score in [0, 1] (name and field evidence).</summary>
    public double Score { get; private set; }

    public double NameScore { get; private set; }

    public string Explanation { get; private set; }

    public DateTimeOffset FoundAt { get; private set; }

    public MatchStatus Status { get; private set; }

    public string? DecisionReason { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Whether this match stops trade with the counterparty.</summary>
    public bool Blocks => Status is MatchStatus.Open or MatchStatus.TrueMatch or MatchStatus.Escalated;

    /// <summary>Records a reviewer's decision. Only open or escalated matches can be decided.</summary>
    public Result<PossibleMatch> Decide(MatchStatus decision, string reason, string by, DateTimeOffset at)
    {
        if (decision is not (MatchStatus.TrueMatch or MatchStatus.FalsePositive or MatchStatus.Escalated))
        {
            return Result<PossibleMatch>.Failure("decision: must be true-match, false-positive or escalate");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<PossibleMatch>.Failure("reason: a decision needs a reason");
        }

        if (Status is not (MatchStatus.Open or MatchStatus.Escalated))
        {
            return Result<PossibleMatch>.Failure($"the match is {Status} and cannot be decided again");
        }

        Status = decision;
        DecisionReason = reason.Trim().Length > 1000 ? reason.Trim()[..1000] : reason.Trim();
        DecidedBy = by;
        DecidedAt = at;
        return Result<PossibleMatch>.Success(this);
    }

    /// <summary>Carries over an earlier false-positive decision on the same unchanged counterparty and entry.</summary>
    public void Remember(PossibleMatch earlier)
    {
        Status = MatchStatus.FalsePositive;
        DecisionReason = $"as decided on {earlier.DecidedAt:yyyy-MM-dd} by {earlier.DecidedBy}: {earlier.DecisionReason}";
        DecidedBy = earlier.DecidedBy;
        DecidedAt = earlier.DecidedAt;
    }

    /// <summary>A later screening of the counterparty replaced this match, or the entry left the list.</summary>
    public void Supersede()
    {
        if (Status is MatchStatus.Open or MatchStatus.Escalated)
        {
            Status = MatchStatus.Superseded;
        }
    }
}
