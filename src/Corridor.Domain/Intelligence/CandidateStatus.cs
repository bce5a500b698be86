namespace Corridor.Intelligence;

/// <summary>Where a candidate figure is in review.</summary>
public enum CandidateStatus
{
    /// <summary>Waiting for a reviewer.</summary>
    Pending,

    /// <summary>Accepted (as proposed or edited): a source of its fact.</summary>
    Accepted,

    /// <summary>Rejected, with the reviewer's reason.</summary>
    Rejected,

    /// <summary>Merged into a fact accepted from another candidate: another source of that fact, values taken from it.</summary>
    Merged,
}
