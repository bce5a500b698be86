using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Account;

public sealed partial class SignInModel(UserAdministration users, CorridorDbContext db, ILogger<SignInModel> logger) : PageModel
{
    public string? Error { get; private set; }

    public string? Email { get; private set; }

    public string ReturnUrl { get; private set; } = "/";

    public void OnGet(string? returnUrl) => ReturnUrl = SafeReturn(returnUrl);

    public async Task<IActionResult> OnPostAsync(string email, string password, string? returnUrl, CancellationToken ct)
    {
        Email = email;
        ReturnUrl = SafeReturn(returnUrl);
        var result = await users.VerifyPasswordAsync(email ?? "", password ?? "", ct);
        if (result.User is not { } user)
        {
            LogRefused(logger, (email ?? "").Trim().ToLowerInvariant(), result.Outcome, HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            // A locked account is said to be locked only after the attempt that locked it (or while locked), and the
            // same words are used for an unknown e-mail and a wrong password.
            Error = result.Outcome == SignInOutcome.LockedOut
                ? "Too many failed sign-ins: this account is locked for a few minutes."
                : "The e-mail or the password is wrong.";
            return Page();
        }

        var session = await users.StartSessionAsync(user, ct);
        var code = await db.Organisations.AsNoTracking().Where(o => o.Id == user.OrganisationId).Select(o => o.Code).SingleAsync(ct);
        await HttpContext.SignInAsync(AuthSchemes.Cookie, CorridorClaims.For(user, code, AuthSchemes.Cookie, session.Id));
        LogSignedIn(logger, user.Email);
        return LocalRedirect(ReturnUrl);
    }

    private string SafeReturn(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : "/";

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Signed in: {Email}")]
    private static partial void LogSignedIn(ILogger logger, string email);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Sign-in refused for {Email}: {Outcome} (from {RemoteAddress})")]
    private static partial void LogRefused(ILogger logger, string email, SignInOutcome outcome, string remoteAddress);
}
