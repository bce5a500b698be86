using Corridor.Common;

namespace Corridor.Organisations;

/// <summary>
/// One signed-in browser session. The session cookie names it; every request checks that it has not ended and that
/// its user is not disabled, so signing out (or disabling the user) ends it on every server at once (decision 027). A session lives at most
/// <see cref="MaxLifetime"/>.
/// </summary>
public sealed class UserSession : IOrganisationOwned
{
    /// <summary>
    /// The absolute lifetime of a session, however active: after it the cookie is refused and the user signs in again.
    /// Sessions older than this are deleted when anyone next signs in.
    /// </summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(30);

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
