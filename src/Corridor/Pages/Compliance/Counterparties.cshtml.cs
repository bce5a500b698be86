using Corridor.Compliance;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Compliance;

public sealed class CounterpartiesModel(CorridorDbContext db) : PageModel
{
    public IReadOnlyList<Counterparty> Rows { get; private set; } = [];

    public IReadOnlySet<Guid> Blocked { get; private set; } = new HashSet<Guid>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await db.Counterparties.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        Blocked = (await db.PossibleMatches.Where(m => m.Status == MatchStatus.Open || m.Status == MatchStatus.Escalated || m.Status == MatchStatus.TrueMatch)
            .Select(m => m.CounterpartyId).Distinct().ToListAsync(ct)).ToHashSet();
    }
}
