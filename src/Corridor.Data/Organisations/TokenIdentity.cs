namespace Corridor.Organisations;

/// <summary>Whom an active API token acts as: its user (not disabled) and the user's organisation.</summary>
public sealed record TokenIdentity(Guid UserId, string Email, string DisplayName, Role Role, Guid OrganisationId, string OrganisationCode);
