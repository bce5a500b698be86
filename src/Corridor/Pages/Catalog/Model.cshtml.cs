using Corridor.Catalog;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Catalog;

/// <summary>One vehicle model; the catalogue-write roles can change it (the use case of PUT /api/catalog/models/{code}).</summary>
public sealed class ModelModel(CorridorDbContext db, CatalogEntry entry, IAuthorizationService authorization) : PageModel
{
    public VehicleModel Item { get; private set; } = null!;

    public bool CanWrite { get; private set; }

    public string? Saved { get; private set; }

    public IReadOnlyList<SelectListItem> Makers { get; private set; } = [];

    [BindProperty]
    public ModelInput Input { get; set; } = new(null, null, null, null, null, null, null, null, null, null, null, null, null);

    public async Task<IActionResult> OnGetAsync(string code, string? saved, CancellationToken ct)
    {
        Saved = saved switch { "created" => "Vehicle model added.", "changed" => "Changes saved.", _ => null };
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        Input = CatalogOptions.Of(Item, Item.Maker?.Code ?? "");
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string code, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteCatalog)).Succeeded)
        {
            return Forbid();
        }

        if (ModelState.IsValid && FieldErrors.CheckBounds(ModelState, nameof(Input), Input, CatalogOptions.ModelFields))
        {
            var w = await entry.UpdateModelAsync(code, Input, ct);
            if (w.NotFound)
            {
                return NotFound();
            }

            if (w.Succeeded)
            {
                return Redirect($"/catalog/models/{Uri.EscapeDataString(w.Value!.Code)}?saved=changed");
            }

            FieldErrors.AddTo(ModelState, nameof(Input), w.Invalid!, CatalogOptions.ModelFields);
        }

        db.ChangeTracker.Clear();
        return await LoadAsync(code, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        var model = await db.VehicleModels.AsNoTracking().Include(v => v.Maker).SingleOrDefaultAsync(v => v.Code == code.ToUpperInvariant(), ct);
        if (model is null)
        {
            return false;
        }

        Item = model;
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteCatalog)).Succeeded;
        Makers = CanWrite ? await CatalogOptions.MakersAsync(db, ct) : [];
        return true;
    }
}
