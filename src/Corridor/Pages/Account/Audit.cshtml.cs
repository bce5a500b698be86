using Corridor.Audit;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Account;

/// <summary>The organisation's audit log for its admins, newest first, filtered by entity, action and actor, paged and sortable, with its CSV.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AuditModel(CorridorDbContext db, ICurrentActor actor) : PageModel
{
    /// <summary>The columns of the list and its CSV (decision 040); newest first unless sorted otherwise.</summary>
    public static readonly IReadOnlyList<ListColumn<AuditEntry>> Columns =
    [
        ListColumn.Sorted<AuditEntry, long>("when", "When (UTC)", a => a.Id, a => a.At),
        ListColumn.Sorted<AuditEntry, string>("who", "Who", a => a.Actor),
        ListColumn.Sorted<AuditEntry, string>("record", "Record", a => a.EntityType),
        ListColumn.Sorted<AuditEntry, string>("key", "Key", a => a.EntityKey),
        ListColumn.Sorted<AuditEntry, string>("action", "Action", a => a.Action),
        ListColumn.Plain<AuditEntry>("What changed", a => a.Changes),
    ];

    public ListView<AuditEntry> List { get; private set; } = null!;

    public IReadOnlyList<string> EntityTypes { get; private set; } = [];

    public string? Entity { get; private set; }

    public string? Action { get; private set; }

    public string? Who { get; private set; }

    public async Task OnGetAsync(string? entity, string? action, string? who, CancellationToken ct)
    {
        EntityTypes = await db.AuditLog.AsNoTracking().Where(a => a.OrganisationId == actor.OrganisationId).Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        List = await Listing.PageAsync(Filtered(entity, action, who), Columns, Request, "when", defaultDescending: true, ct);
    }

    /// <summary>Every entry matching the filters as CSV, in the list's order.</summary>
    public Task<FileContentResult> OnGetCsvAsync(string? entity, string? action, string? who, CancellationToken ct) =>
        Listing.CsvAsync(Filtered(entity, action, who), Columns, Request, "when", true, "audit.csv", ct);

    private IQueryable<AuditEntry> Filtered(string? entity, string? action, string? who)
    {
        (Entity, Action, Who) = (Blank(entity), Blank(action), Blank(who));
        var query = db.AuditLog.AsNoTracking().Where(a => a.OrganisationId == actor.OrganisationId);
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

        return query;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim()[..Math.Min(s.Trim().Length, 200)];
}
