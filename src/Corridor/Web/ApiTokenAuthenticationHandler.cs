using System.Text.Encodings.Web;
using Corridor.Organisations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Corridor.Web;

/// <summary>Authenticates <c>Authorization: Bearer cor_…</c> against the stored token hashes; the token acts as its user.</summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        var users = Context.RequestServices.GetRequiredService<UserAdministration>();
        var identity = await users.IdentityOfTokenAsync(secret, Context.RequestAborted);
        return identity is null
            ? AuthenticateResult.Fail("The API token is unknown, revoked or expired.")
            : AuthenticateResult.Success(new AuthenticationTicket(CorridorClaims.For(identity, Scheme.Name), Scheme.Name));
    }
}
