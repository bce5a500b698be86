using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Account;

/// <summary>The organisation's users for its admins: add, change role, disable (ending every session and token), enable, revoke tokens.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class UsersModel(CorridorDbContext db, ICurrentActor actor, UserAdministration users, TimeProvider clock) : PageModel
{
    public sealed record Row(User User, int ActiveTokens, int OpenSessions, bool LockedOut);

    public IReadOnlyList<Row> Users { get; private set; } = [];

    public IReadOnlyList<Role> AssignableRoles { get; private set; } = [];

    public Guid? Me => actor.UserId;

    public List<string> Errors { get; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync(string email, string displayName, string role, string password, CancellationToken ct)
    {
        if (!Roles.TryParse(role, out var parsed))
        {
            Errors.Add($"role: '{role}' is not a role");
        }
        else if (await users.AddUserAsync(email ?? "", displayName ?? "", parsed, password ?? "", ct) is { Succeeded: false } failed)
        {
            Errors.AddRange(failed.Errors);
        }
        else
        {
            Done = $"Added {email?.Trim().ToLowerInvariant()} as {Labels.Role(parsed)}.";
            return RedirectToPage();
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(Guid id, string role, CancellationToken ct)
    {
        if (id == actor.UserId)
        {
            return await RefuseAsync("An admin cannot change their own role; ask another admin.", ct);
        }

        if (!Roles.TryParse(role, out var parsed))
        {
            return await RefuseAsync($"role: '{role}' is not a role", ct);
        }

        var result = await users.ChangeRoleAsync(id, parsed, ct);
        if (result is null)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            return await RefuseAsync(result.Errors[0], ct);
        }

        Done = $"{result.Value.Email} is now {Labels.Role(parsed)}; it applies from their next request.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken ct)
    {
        if (id == actor.UserId)
        {
            return await RefuseAsync("An admin cannot disable themselves; ask another admin.", ct);
        }

        var user = await users.DisableUserAsync(id, ct);
        if (user is null)
        {
            return NotFound();
        }

        Done = $"{user.Email} is disabled: every session and API token of theirs has ended.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken ct)
    {
        var user = await users.EnableUserAsync(id, ct);
        if (user is null)
        {
            return NotFound();
        }

        Done = $"{user.Email} may sign in again (their old tokens stay revoked).";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken ct)
    {
        var revoked = await users.RevokeTokensAsync(id, ct);
        if (revoked is null)
        {
            return NotFound();
        }

        Done = $"{revoked} API token(s) revoked and every session ended.";
        return RedirectToPage();
    }

    private async Task<IActionResult> RefuseAsync(string why, CancellationToken ct)
    {
        Errors.Add(why);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var list = await db.Users.AsNoTracking().Include(u => u.Organisation).OrderBy(u => u.Email).ToListAsync(ct);
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now))
            .GroupBy(t => t.UserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var sessionsSince = now - UserSession.MaxLifetime;
        var sessions = await db.UserSessions.AsNoTracking().Where(s => s.EndedAt == null && s.CreatedAt >= sessionsSince)
            .GroupBy(s => s.UserId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Users = list.Select(u => new Row(u, tokens.GetValueOrDefault(u.Id), sessions.GetValueOrDefault(u.Id), u.IsLockedOut(now))).ToList();
        var isOperator = list.FirstOrDefault()?.Organisation?.IsOperator ?? false;
        AssignableRoles = isOperator ? [Role.Operator] : Roles.Exporter;
    }
}
