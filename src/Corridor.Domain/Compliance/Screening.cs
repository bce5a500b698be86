using Corridor.Common;

namespace Corridor.Compliance;

/// <summary>
/// One screening of one counterparty: what was asked (the query as text), against which list snapshots, with which
/// algorithm version and threshold, why (creation, change, new snapshot, manual) and how many possible matches came out.
/// The record an auditor reads to see what was checked against which list version.
/// </summary>
public sealed class Screening : IOrganisationOwned
{
    private Screening()
    {
        Trigger = Query = Snapshots = AlgorithmVersion = "";
    }

    public Screening(Guid counterpartyId, int counterpartyVersion, string trigger, string query, string snapshots, double threshold, DateTimeOffset at, int hitCount)
    {
        Id = Guid.CreateVersion7();
        CounterpartyId = counterpartyId;
        CounterpartyVersion = counterpartyVersion;
        Trigger = Guard.Text(trigger, "trigger", 200);
        Query = query.Length > 2000 ? query[..2000] : query;
        Snapshots = snapshots.Length > 2000 ? snapshots[..2000] : snapshots;
        AlgorithmVersion = MatcherVersion.Current;
        Threshold = threshold;
        ScreenedAt = at;
        HitCount = hitCount;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid CounterpartyId { get; private set; }

    public int CounterpartyVersion { get; private set; }

    /// <summary>created, changed, manual, or "snapshot source@hash" for a re-screen against a list delta.</summary>
    public string Trigger { get; private set; }

    public string Query { get; private set; }

    /// <summary>The snapshots screened against, as source@hash labels separated by ", ".</summary>
    public string Snapshots { get; private set; }

    public string AlgorithmVersion { get; private set; }

    public double Threshold { get; private set; }

    public DateTimeOffset ScreenedAt { get; private set; }

    public int HitCount { get; private set; }
}
