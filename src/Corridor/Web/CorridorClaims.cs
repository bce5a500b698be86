using System.Security.Claims;
using Corridor.Organisations;

namespace Corridor.Web;

/// <summary>Builds and reads the claims that carry a user's identity, organisation and role.</summary>
public static class CorridorClaims
{
    public static ClaimsPrincipal For(User user, string organisationCode, string scheme) =>
        For(new TokenIdentity(user.Id, user.Email, user.DisplayName, user.Role, user.OrganisationId, organisationCode), scheme);

    public static ClaimsPrincipal For(TokenIdentity identity, string scheme) =>
        new(new ClaimsIdentity(
            [
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

    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
