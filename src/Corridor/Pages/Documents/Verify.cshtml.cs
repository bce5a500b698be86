using Corridor.Documents;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Documents;

/// <summary>
/// The public page the QR code of a printed document opens (no sign-in): whether a document with this number and this
/// SHA-256 was issued, and whether it was cancelled or superseded since. It shows nothing else — no party, amount,
/// date or organisation (<see cref="DocumentVerification"/> answers with the result only).
/// </summary>
[AllowAnonymous]
public sealed class VerifyModel(DocumentVerification verification) : PageModel
{
    public string Number { get; private set; } = "";

    public string? Hash { get; private set; }

    public VerificationResult Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? number, string? h, CancellationToken ct)
    {
        Number = (number ?? "").Trim().ToUpperInvariant();
        Hash = string.IsNullOrWhiteSpace(h) ? null : h.Trim().ToLowerInvariant();
        Result = await verification.VerifyAsync(Number, Hash, ct);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
