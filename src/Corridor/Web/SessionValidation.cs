using Corridor.Organisations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Corridor.Web;

/// <summary>
/// Re-checks a session cookie on every request (<see cref="CookieAuthenticationEvents.OnValidatePrincipal"/>): its
/// session must exist and not have ended, and its user must not be disabled — one query by primary key, nothing cached
/// (decision 027). A changed role, name or e-mail replaces the cookie's claims at once, so a demoted admin is no admin
/// from the next request on. Bearer tokens do not pass here; their handler checks the same things.
/// </summary>
public static partial class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var identity = principal?.SessionId() is { } sid
            ? await context.HttpContext.RequestServices.GetRequiredService<UserAdministration>().IdentityOfSessionAsync(sid, context.HttpContext.RequestAborted)
            : null;
        if (identity is null)
        {
            Log.SessionRefused(context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SessionValidation)),
                principal?.Identity?.Name ?? "unknown");
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthSchemes.Cookie);
            return;
        }

        if (!principal!.Matches(identity))
        {
            context.ReplacePrincipal(CorridorClaims.For(identity, AuthSchemes.Cookie, principal!.SessionId()));
            context.ShouldRenew = true;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Session cookie of {Email} refused: the session ended or the user is disabled")]
        public static partial void SessionRefused(ILogger logger, string email);
    }
}
