namespace Corridor.Compliance;

/// <summary>One line of the audit trail: a screening and one of its candidates with score, explanation and decision (or a screening without hits).</summary>
public sealed record ScreeningAuditRow(
    Guid ScreeningId,
    DateTimeOffset ScreenedAt,
    string Trigger,
    Guid CounterpartyId,
    int CounterpartyVersion,
    string Query,
    string Snapshots,
    string AlgorithmVersion,
    double Threshold,
    string? EntryKey,
    string? EntryCaption,
    double? Score,
    string? Explanation,
    string? Status,
    string? DecisionReason,
    string? DecidedBy,
    DateTimeOffset? DecidedAt);
