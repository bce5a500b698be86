using System.Security.Claims;
using Corridor.Organisations;

namespace Corridor.Web;

/// <summary>Builds and reads the claims that carry a user's identity, organisation and role.</summary>
public static class CorridorClaims
{
    public static ClaimsPrincipal For(User user, string organisationCode, string scheme, Guid? sessionId = null) =>
        For(new TokenIdentity(user.Id, user.Email, user.DisplayName, user.Role, user.OrganisationId, organisationCode), scheme, sessionId);

    public static ClaimsPrincipal For(TokenIdentity identity, string scheme, Guid? sessionId = null) =>
        new(new ClaimsIdentity(
            [
                .. sessionId is { } sid ? [new Claim(AuthSchemes.SessionClaim, sid.ToString())] : Array.Empty<Claim>(),
                new Claim(ClaimTypes.NameIdentifier, identity.UserId.ToString()),
                new Claim(ClaimTypes.Name, identity.Email),
                new Claim(ClaimTypes.GivenName, identity.DisplayName),
                new Claim(ClaimTypes.Role, identity.Role.ToString()),
                new Claim(AuthSchemes.OrganisationClaim, identity.OrganisationId.ToString()),
                new Claim(AuthSchemes.OrganisationCodeClaim, identity.OrganisationCode),
            ],
            scheme));

    public static Guid? OrganisationId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(AuthSchemes.OrganisationClaim), out var id) ? id : null;

    public static Guid? SessionId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(AuthSchemes.SessionClaim), out var id) ? id : null;

    /// <summary>True when the principal's claims say what <paramref name="identity"/> says (nothing to refresh).</summary>
    public static bool Matches(this ClaimsPrincipal principal, TokenIdentity identity) =>
        principal.FindFirstValue(ClaimTypes.Role) == identity.Role.ToString()
        && principal.FindFirstValue(ClaimTypes.Name) == identity.Email
        && principal.FindFirstValue(ClaimTypes.GivenName) == identity.DisplayName
        && principal.OrganisationId() == identity.OrganisationId;

    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
