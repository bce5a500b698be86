namespace Corridor.Storage;

/// <summary>
/// Who is acting: the organisation whose data is visible and the name recorded in the audit log.
/// Scoped per request (from the signed-in user or API token) or per command-line run.
/// </summary>
public interface ICurrentActor
{
    /// <summary>The organisation whose records queries see; null sees no organisation's records, only shared reference data.</summary>
    Guid? OrganisationId { get; }

    Guid? UserId { get; }

    /// <summary>The name written to the audit log.</summary>
    string Name { get; }
}
