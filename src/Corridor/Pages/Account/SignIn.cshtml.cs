using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Account;

public sealed class SignInModel(UserAdministration users, CorridorDbContext db) : PageModel
{
    public string? Error { get; private set; }

    public string? Email { get; private set; }

    public string ReturnUrl { get; private set; } = "/";

    public void OnGet(string? returnUrl) => ReturnUrl = SafeReturn(returnUrl);

    public async Task<IActionResult> OnPostAsync(string email, string password, string? returnUrl, CancellationToken ct)
    {
        Email = email;
        ReturnUrl = SafeReturn(returnUrl);
        var user = await users.VerifyPasswordAsync(email ?? "", password ?? "", ct);
        if (user is null)
        {
            Error = "The e-mail or the password is wrong.";
            return Page();
        }

        var code = await db.Organisations.AsNoTracking().Where(o => o.Id == user.OrganisationId).Select(o => o.Code).SingleAsync(ct);
        await HttpContext.SignInAsync(AuthSchemes.Cookie, CorridorClaims.For(user, code, AuthSchemes.Cookie));
        return LocalRedirect(ReturnUrl);
    }

    private string SafeReturn(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : "/";
}
