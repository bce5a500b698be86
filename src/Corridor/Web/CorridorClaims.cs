using System.Security.Claims;
using Corridor.Organisations;

namespace Corridor.Web;

/// <summary>Builds and reads the claims that carry a user's identity, organisation and role.</summary>
public static class CorridorClaims
{
    public static ClaimsPrincipal For(User user, string organisationCode, string scheme) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()),
                new Claim(ClaimTypes.Name, user.Email),
                new Claim(ClaimTypes.GivenName, user.DisplayName),
                new Claim(ClaimTypes.Role, user.Role.ToString()),
                new Claim(AuthSchemes.OrganisationClaim, user.OrganisationId.ToString()),
                new Claim(AuthSchemes.OrganisationCodeClaim, organisationCode),
            ],
            scheme));

    public static Guid? OrganisationId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(AuthSchemes.OrganisationClaim), out var id) ? id : null;

    public static Guid? UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
