using Corridor.Storage;
using Corridor.Trade;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Trade;

/// <summary>
/// One agreement with its burn-down; the trade-write roles can edit its terms and ceilings (the use case of PUT
/// /api/trade/agreements/{code}, which refuses what orders have already used) and change its status.
/// </summary>
public sealed class AgreementModel(AgreementService agreements, AgreementEntry entry, TargetService targets, CorridorDbContext db, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    /// <summary>The targets set over exactly this agreement's period, as Trade → Targets shows them (decision 040).</summary>
    public IReadOnlyList<TargetProgress> Targets { get; private set; } = [];

    public BurnDown Burn { get; private set; } = null!;

    public string Chart { get; private set; } = "";

    public bool CanWrite { get; private set; }

    public string? Saved { get; private set; }

    public AgreementChoices Choices { get; private set; } = AgreementChoices.None;

    [BindProperty]
    public AgreementForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string code, string? saved, CancellationToken ct)
    {
        Saved = saved switch
        {
            "created" => "Agreement added as a draft.",
            "changed" => "Changes saved.",
            "status" => "Status changed.",
            _ => null,
        };
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        Input = AgreementForm.Of(Burn.Agreement, Choices.PartnerCodes);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string code, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteTrade)).Succeeded)
        {
            return Forbid();
        }

        if (ModelState.IsValid && FieldErrors.CheckBounds(ModelState, nameof(Input), Input, AgreementForm.Fields) && AgreementErrors.AddIncomplete(ModelState, Input))
        {
            var w = await entry.UpdateAsync(code, Input.ToInput(creating: false), ct);
            if (w.NotFound)
            {
                return NotFound();
            }

            if (w.Agreement is { } changed)
            {
                return Redirect($"/trade/agreements/{Uri.EscapeDataString(changed.Code)}?saved=changed");
            }

            AgreementErrors.Add(ModelState, w, conflictField: null);
        }

        db.ChangeTracker.Clear();
        Input.WithSpareRows();
        return await LoadAsync(code, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostStatusAsync(string code, string? status, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteTrade)).Succeeded)
        {
            return Forbid();
        }

        if (!Enum.TryParse<AgreementStatus>(status, true, out var parsed) || !Enum.IsDefined(parsed))
        {
            ModelState.AddModelError("status", $"'{status}' is not draft, active, suspended or closed.");
        }
        else if (await agreements.SetStatusAsync(code, parsed, ct) is null)
        {
            return NotFound();
        }
        else
        {
            return Redirect($"/trade/agreements/{Uri.EscapeDataString(code.ToUpperInvariant())}?saved=status");
        }

        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        Input = AgreementForm.Of(Burn.Agreement, Choices.PartnerCodes);
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        var burn = await agreements.BurnDownAsync(code, ct);
        if (burn is null)
        {
            return false;
        }

        Burn = burn;
        Targets = (await targets.ProgressAsync(ct)).Where(t => t.From == burn.Agreement.From && t.Until == burn.Agreement.Until).ToList();
        Chart = BurnDownChart.Render(burn, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteTrade)).Succeeded;
        Choices = CanWrite ? await AgreementChoices.LoadAsync(db, ct) : AgreementChoices.None;
        return true;
    }
}
