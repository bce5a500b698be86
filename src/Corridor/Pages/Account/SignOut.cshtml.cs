using Corridor.Organisations;
using Corridor.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Account;

public sealed class SignOutModel(UserAdministration users) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    /// <summary>Ends the session on the server too, so that a copy of the cookie stops working.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (User.SessionId() is { } sid)
        {
            await users.EndSessionAsync(sid, ct);
        }

        await HttpContext.SignOutAsync(AuthSchemes.Cookie);
        return Redirect("/account/sign-in");
    }
}
