using System.Text.Encodings.Web;
using Corridor.Organisations;
using Corridor.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
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
        var user = await users.UserOfTokenAsync(secret, Context.RequestAborted);
        if (user is null)
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }

        var db = Context.RequestServices.GetRequiredService<CorridorDbContext>();
        var code = await db.Organisations.AsNoTracking().Where(o => o.Id == user.OrganisationId).Select(o => o.Code).SingleAsync(Context.RequestAborted);
        return AuthenticateResult.Success(new AuthenticationTicket(CorridorClaims.For(user, code, Scheme.Name), Scheme.Name));
    }
}
