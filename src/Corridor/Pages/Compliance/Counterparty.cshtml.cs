using Corridor.Compliance;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Compliance;

public sealed class CounterpartyModel(CorridorDbContext db, IScreeningGate gate) : PageModel
{
    public Counterparty Counterparty { get; private set; } = null!;

    public IReadOnlyList<Screening> Screenings { get; private set; } = [];

    public IReadOnlyList<PossibleMatch> Matches { get; private set; } = [];

    public GateResult Gate { get; private set; } = new([]);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var c = await db.Counterparties.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return NotFound();
        }

        Counterparty = c;
        Screenings = await db.Screenings.AsNoTracking().Where(s => s.CounterpartyId == id).OrderByDescending(s => s.ScreenedAt).ToListAsync(ct);
        Matches = await db.PossibleMatches.AsNoTracking().Where(m => m.CounterpartyId == id).OrderByDescending(m => m.Score).ToListAsync(ct);
        Gate = await gate.CheckAsync([id], ct);
        return Page();
    }
}
