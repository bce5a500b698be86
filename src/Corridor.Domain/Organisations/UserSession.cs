using Corridor.Common;

namespace Corridor.Organisations;

/// <summary>
/// One signed-in browser session. The session cookie names it; every request checks that it has not ended and that
/// its user is not disabled, so signing out (or disabling the user) ends it on every server at once (decision 027).
/// </summary>
public sealed class UserSession : IOrganisationOwned
{
    private UserSession()
    {
    }

    public UserSession(Guid organisationId, Guid userId, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        UserId = userId;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid UserId { get; private set; }

    public User? User { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public void End(DateTimeOffset at) => EndedAt ??= at;
}
