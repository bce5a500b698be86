using Corridor.Storage;
using Corridor.Trade;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Trade;

/// <summary>The agreements, and for the trade-write roles a form that adds one (the use case of POST /api/trade/agreements).</summary>
public sealed class AgreementsModel(AgreementService agreements, AgreementEntry entry, CorridorDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<Agreement> Rows { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public AgreementChoices Choices { get; private set; } = AgreementChoices.None;

    [BindProperty]
    public AgreementForm Input { get; set; } = new AgreementForm().WithSpareRows();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.Parties.Add(new AgreementForm.PartyRow());
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteTrade)).Succeeded)
        {
            return Forbid();
        }

        if (ModelState.IsValid && FieldErrors.CheckBounds(ModelState, nameof(Input), Input, AgreementForm.Fields) && AgreementErrors.AddIncomplete(ModelState, Input))
        {
            var w = await entry.CreateAsync(Input.ToInput(creating: true), ct);
            if (w.Agreement is { } created)
            {
                return Redirect($"/trade/agreements/{Uri.EscapeDataString(created.Code)}?saved=created");
            }

            AgreementErrors.Add(ModelState, w, conflictField: "code");
        }

        db.ChangeTracker.Clear();
        Input.WithSpareRows();
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rows = await agreements.ListAsync(ct);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteTrade)).Succeeded;
        Choices = CanWrite ? await AgreementChoices.LoadAsync(db, ct) : AgreementChoices.None;
    }
}
