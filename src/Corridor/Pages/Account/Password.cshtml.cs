using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Account;

/// <summary>The signed-in user changes their own password (<see cref="PasswordChange"/>, decision 037): current password required; other sessions end.</summary>
public sealed class PasswordModel(PasswordChange passwords, ICurrentActor actor) : PageModel
{
    public static readonly string[] Fields = ["current", "password", "confirm"];

    public FieldErrors Errors { get; } = new();

    [TempData]
    public string? Done { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostChangeAsync(string? current, string? password, string? confirm, CancellationToken ct)
    {
        if (actor.UserId is not { } me)
        {
            return Forbid();
        }

        var result = await passwords.ChangeAsync(me, User.SessionId(), current, password, confirm, ct);
        if (result.Succeeded)
        {
            Done = result.Value == 0
                ? "Password changed."
                : $"Password changed; {result.Value} other session(s) of yours were signed out.";
            return RedirectToPage();
        }

        Errors.AddAll(result.Errors, Fields, fallback: "password");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
