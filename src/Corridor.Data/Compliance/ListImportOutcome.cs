namespace Corridor.Compliance;

/// <summary>The result of a list import: the snapshot now active, whether the file was unchanged, its delta and the re-screening it caused.</summary>
public sealed record ListImportOutcome(ListSnapshot Snapshot, bool Unchanged, SnapshotDelta? Delta, int CounterpartiesRescreened, int NewPossibleMatches);
