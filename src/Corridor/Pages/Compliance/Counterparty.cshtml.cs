using Corridor.Compliance;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Compliance;

/// <summary>
/// One counterparty with the gate's answer and its screening history; the compliance-write roles can change it (a real
/// change re-screens, as PUT /api/compliance/counterparties/{id} does) or screen it again against the active lists.
/// </summary>
public sealed class CounterpartyModel(CorridorDbContext db, IScreeningGate gate, CounterpartyService counterparties, IAuthorizationService authorization) : PageModel
{
    public Counterparty Counterparty { get; private set; } = null!;

    public IReadOnlyList<Screening> Screenings { get; private set; } = [];

    public IReadOnlyList<PossibleMatch> Matches { get; private set; } = [];

    public GateResult Gate { get; private set; } = new([]);

    public bool CanWrite { get; private set; }

    public string? Saved { get; private set; }

    [BindProperty]
    public CounterpartyForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, string? saved, CancellationToken ct)
    {
        Saved = saved switch
        {
            "created" => "Counterparty added and screened.",
            "changed" => "Changes saved and the counterparty screened again.",
            "unchanged" => "Nothing changed, so it was not screened again.",
            "rescreened" => "Screened again against the active lists.",
            _ => null,
        };
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = CounterpartyForm.Of(Counterparty);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteCompliance)).Succeeded)
        {
            return Forbid();
        }

        if (ModelState.IsValid && FieldErrors.CheckBounds(ModelState, nameof(Input), Input, CounterpartyForm.Fields))
        {
            var result = await counterparties.UpdateAsync(id, Input.ToInput(), ct);
            if (result is null)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                return Redirect($"/compliance/counterparties/{id}?saved={(result.Value.Screening is null ? "unchanged" : "changed")}");
            }

            FieldErrors.AddTo(ModelState, nameof(Input), FieldErrors.FromLines(result.Errors), CounterpartyForm.Fields);
        }

        db.ChangeTracker.Clear();
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRescreenAsync(Guid id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteCompliance)).Succeeded)
        {
            return Forbid();
        }

        return await counterparties.RescreenAsync(id, ct) is null ? NotFound() : Redirect($"/compliance/counterparties/{id}?saved=rescreened");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var c = await db.Counterparties.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return false;
        }

        Counterparty = c;
        Screenings = await db.Screenings.AsNoTracking().Where(s => s.CounterpartyId == id).OrderByDescending(s => s.ScreenedAt).ToListAsync(ct);
        Matches = await db.PossibleMatches.AsNoTracking().Where(m => m.CounterpartyId == id).OrderByDescending(m => m.Score).ToListAsync(ct);
        Gate = await gate.CheckAsync([id], ct);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteCompliance)).Succeeded;
        return true;
    }
}
