using Corridor.Compliance;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Compliance;

/// <summary>
/// The counterparties with the gate's own answer for each (the detail page asks the same gate, so the two agree), and for
/// the compliance-write roles a form that adds one and screens it at once (the use case of POST /api/compliance/counterparties).
/// </summary>
public sealed class CounterpartiesModel(CorridorDbContext db, IScreeningGate gate, CounterpartyService counterparties, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<Counterparty> Rows { get; private set; } = [];

    public IReadOnlyDictionary<Guid, GateBlock[]> Blocks { get; private set; } = new Dictionary<Guid, GateBlock[]>();

    public bool AnyListLoaded { get; private set; }

    public bool CanWrite { get; private set; }

    [BindProperty]
    public CounterpartyForm Input { get; set; } = new();

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteCompliance)).Succeeded)
        {
            return Forbid();
        }

        if (ModelState.IsValid && FormErrors.CheckBounds(ModelState, nameof(Input), Input, CounterpartyForm.Fields))
        {
            var result = await counterparties.CreateAsync(Input.ToInput(), ct);
            if (result.Succeeded)
            {
                return Redirect($"/compliance/counterparties/{result.Value.Counterparty.Id}?saved=created");
            }

            FormErrors.Add(ModelState, nameof(Input), FormErrors.FromLines(result.Errors), CounterpartyForm.Fields);
        }

        db.ChangeTracker.Clear();
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The screening state in a word or three: clear, not screened, possible match, listed.</summary>
    public string StateOf(Guid id) => !Blocks.TryGetValue(id, out var blocks) ? "clear"
        : blocks.Any(b => b.Status == MatchStatus.TrueMatch) ? "blocked: listed"
        : blocks.Any(b => b.MatchId is not null) ? "blocked: possible match"
        : "blocked: not screened";

    private async Task LoadAsync(CancellationToken ct)
    {
        Rows = await db.Counterparties.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        var result = await gate.CheckAsync(Rows.Select(r => r.Id).ToArray(), ct);
        Blocks = result.Blocks.GroupBy(b => b.CounterpartyId).ToDictionary(g => g.Key, g => g.ToArray());
        AnyListLoaded = await db.ListSnapshots.AnyAsync(s => s.IsActive, ct);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteCompliance)).Succeeded;
    }
}
