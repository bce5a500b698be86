using Corridor.Organisations;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Account;

public sealed class TokensModel(CorridorDbContext db, ICurrentActor actor, UserAdministration users, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    public string? NewSecret { get; private set; }

    public string? NewName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(string name, int? expiresInDays, CancellationToken ct)
    {
        var user = await db.Users.SingleAsync(u => u.Id == actor.UserId, ct);
        var expires = expiresInDays is > 0 and <= 3650 ? clock.GetUtcNow().AddDays(expiresInDays.Value) : (DateTimeOffset?)null;
        var given = string.IsNullOrWhiteSpace(name) ? "token" : name.Trim();
        var (token, secret) = await users.CreateTokenAsync(user, given.Length > ApiToken.MaxNameLength ? given[..ApiToken.MaxNameLength] : given, expires, ct);
        NewSecret = secret;
        NewName = token.Name;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && t.UserId == actor.UserId, ct);
        if (token is null)
        {
            return NotFound();
        }

        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == actor.UserId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);
}
