using Corridor.Audit;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Account;

/// <summary>The organisation's audit log for its admins, newest first, filtered by entity, action and actor.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AuditModel(CorridorDbContext db, ICurrentActor actor) : PageModel
{
    public const int PageSize = 100;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    public string? Entity { get; private set; }

    public string? Action { get; private set; }

    public string? Who { get; private set; }

    /// <summary>The id below which the next page starts, or null on the last page.</summary>
    public long? Next { get; private set; }

    public async Task OnGetAsync(string? entity, string? action, string? who, long? before, CancellationToken ct)
    {
        (Entity, Action, Who) = (Blank(entity), Blank(action), Blank(who));
        var query = db.AuditLog.AsNoTracking().Where(a => a.OrganisationId == actor.OrganisationId);
        EntityTypes = await query.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        if (Entity is not null)
        {
            query = query.Where(a => a.EntityType == Entity);
        }

        if (Action is not null)
        {
            query = query.Where(a => a.Action == Action);
        }

        if (Who is not null)
        {
            query = query.Where(a => a.Actor.Contains(Who));
        }

        if (before is { } b)
        {
            query = query.Where(a => a.Id < b);
        }

        var page = await query.OrderByDescending(a => a.Id).Take(PageSize + 1).ToListAsync(ct);
        Next = page.Count > PageSize ? page[PageSize - 1].Id : null;
        Entries = page.Take(PageSize).ToList();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim()[..Math.Min(s.Trim().Length, 200)];
}
