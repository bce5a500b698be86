using Corridor.Storage;
using Corridor.Trade;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Trade;

/// <summary>The order-entry form with its live promise; only the roles that may write trade see it (the same policy as the API).</summary>
public sealed class OrderEntryModel(CorridorDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<string> Agreements { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Partners { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Nodes { get; private set; } = [];

    public IReadOnlyList<string> Markets { get; private set; } = [];

    public IReadOnlyList<string> Items { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteTrade)).Succeeded)
        {
            return Forbid();
        }

        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Agreements = await db.Set<Agreement>().AsNoTracking().Where(a => a.Status == AgreementStatus.Active).OrderBy(a => a.Code).Select(a => a.Code).ToListAsync(ct);
        Partners = (await db.Set<TradePartner>().AsNoTracking().Join(db.Counterparties.AsNoTracking(), p => p.CounterpartyId, c => c.Id, (p, c) => new { p.Code, c.Name }).OrderBy(x => x.Code).ToListAsync(ct))
            .Select(x => (x.Code, x.Name)).ToList();
        Nodes = (await db.Set<Corridor.Logistics.Node>().AsNoTracking().OrderBy(n => n.Code).Select(n => new { n.Code, n.Name }).ToListAsync(ct)).Select(n => (n.Code, n.Name)).ToList();
        Markets = await db.Markets.AsNoTracking().OrderBy(m => m.Iso2).Select(m => m.Iso2).ToListAsync(ct);
        Items = (await db.VehicleModels.AsNoTracking().Select(m => "model:" + m.Code).ToListAsync(ct))
            .Concat(await db.Parts.AsNoTracking().Select(p => "part:" + p.PartNumber).ToListAsync(ct)).Order(StringComparer.Ordinal).ToList();
        return Page();
    }
}
