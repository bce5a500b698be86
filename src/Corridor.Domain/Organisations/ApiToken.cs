using Corridor.Common;

namespace Corridor.Organisations;

/// <summary>
/// A bearer token for programs. Only the SHA-256 hash of the secret is stored; the secret is shown once.
/// A token acts as its user: same organisation, same role.
/// </summary>
public sealed class ApiToken : IOrganisationOwned
{
    /// <summary>The longest token name.</summary>
    public const int MaxNameLength = 100;

    private ApiToken()
    {
        Name = SecretHash = Prefix = "";
    }

    public ApiToken(Guid organisationId, Guid userId, string name, string secretHash, string prefix, DateTimeOffset createdAt, DateTimeOffset? expiresAt)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        UserId = userId;
        Name = Guard.Text(name, "name", MaxNameLength);
        SecretHash = secretHash;
        Prefix = prefix;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid UserId { get; private set; }

    public User? User { get; private set; }

    public string Name { get; private set; }

    /// <summary>Hex SHA-256 of the token secret.</summary>
    public string SecretHash { get; private set; }

    /// <summary>The first characters of the token, to recognise it in a list.</summary>
    public string Prefix { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || now < ExpiresAt);

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
