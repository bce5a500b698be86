namespace Corridor.Audit;

/// <summary>One recorded write: who, when, which record, what changed. Append-only: never updated or deleted.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Actor = EntityType = EntityKey = Action = Changes = "";
    }

    public AuditEntry(DateTimeOffset at, Guid? userId, string actor, Guid? organisationId, string entityType, string entityKey, string action, string changes)
    {
        At = at;
        UserId = userId;
        Actor = actor;
        OrganisationId = organisationId;
        EntityType = entityType;
        EntityKey = entityKey;
        Action = action;
        Changes = changes;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public Guid? UserId { get; private set; }

    /// <summary>The user's e-mail, or <c>cli:&lt;os user&gt;</c> for the command line, or <c>system</c>.</summary>
    public string Actor { get; private set; }

    /// <summary>The organisation the write was made in; null for shared reference data.</summary>
    public Guid? OrganisationId { get; private set; }

    public string EntityType { get; private set; }

    public string EntityKey { get; private set; }

    /// <summary><c>added</c>, <c>modified</c> or <c>deleted</c>.</summary>
    public string Action { get; private set; }

    /// <summary>JSON object: property → value (added), {old, new} (modified) or old value (deleted).</summary>
    public string Changes { get; private set; }
}
