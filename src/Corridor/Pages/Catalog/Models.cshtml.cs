using Corridor.Catalog;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Catalog;

/// <summary>The vehicle models with search, and for the catalogue-write roles a form that adds one (the use case of POST /api/catalog/models).</summary>
public sealed class ModelsModel(CorridorDbContext db, CatalogEntry entry, IAuthorizationService authorization) : PageModel
{
    public string? Query { get; private set; }

    public IReadOnlyList<VehicleModel> Rows { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public IReadOnlyList<SelectListItem> Makers { get; private set; } = [];

    [BindProperty]
    public ModelInput Input { get; set; } = new(null, null, null, "M1", null, "petrol", "Euro-5", null, null, null, null, null, null);

    public Task OnGetAsync(string? q, CancellationToken ct) => LoadAsync(q, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteCatalog)).Succeeded)
        {
            return Forbid();
        }

        if (ModelState.IsValid && FieldErrors.CheckBounds(ModelState, nameof(Input), Input, CatalogOptions.ModelFields))
        {
            var w = await entry.CreateModelAsync(Input, ct);
            if (w.Succeeded)
            {
                return Redirect($"/catalog/models/{Uri.EscapeDataString(w.Value!.Code)}?saved=created");
            }

            FieldErrors.AddTo(ModelState, nameof(Input), w.Invalid ?? new Dictionary<string, string[]> { ["code"] = [w.Conflict!] }, CatalogOptions.ModelFields);
        }

        db.ChangeTracker.Clear();
        await LoadAsync(null, ct);
        return Page();
    }

    private async Task LoadAsync(string? q, CancellationToken ct)
    {
        Query = q?.Trim();
        var all = await db.VehicleModels.AsNoTracking().Include(v => v.Maker).OrderBy(v => v.Code).ToListAsync(ct);
        Rows = CatalogSearch.Models(all, Query).ToList();
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteCatalog)).Succeeded;
        Makers = CanWrite ? await CatalogOptions.MakersAsync(db, ct) : [];
    }
}
