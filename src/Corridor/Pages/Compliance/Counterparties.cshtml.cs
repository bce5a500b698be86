using Corridor.Compliance;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Compliance;

/// <summary>The counterparties with the gate's own answer for each (the detail page asks the same gate, so the two agree).</summary>
public sealed class CounterpartiesModel(CorridorDbContext db, IScreeningGate gate) : PageModel
{
    public IReadOnlyList<Counterparty> Rows { get; private set; } = [];

    public IReadOnlyDictionary<Guid, GateBlock[]> Blocks { get; private set; } = new Dictionary<Guid, GateBlock[]>();

    public bool AnyListLoaded { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await db.Counterparties.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        var result = await gate.CheckAsync(Rows.Select(r => r.Id).ToArray(), ct);
        Blocks = result.Blocks.GroupBy(b => b.CounterpartyId).ToDictionary(g => g.Key, g => g.ToArray());
        AnyListLoaded = await db.ListSnapshots.AnyAsync(s => s.IsActive, ct);
    }

    /// <summary>The screening state in a word or three: clear, not screened, possible match, listed.</summary>
    public string StateOf(Guid id) => !Blocks.TryGetValue(id, out var blocks) ? "clear"
        : blocks.Any(b => b.Status == MatchStatus.TrueMatch) ? "blocked: listed"
        : blocks.Any(b => b.MatchId is not null) ? "blocked: possible match"
        : "blocked: not screened";
}
