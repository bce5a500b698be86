using Corridor.Catalog;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Catalog;

/// <summary>The spare parts with search, and for the catalogue-write roles a form that adds one (the use case of POST /api/catalog/parts).</summary>
public sealed class PartsModel(CorridorDbContext db, CatalogEntry entry, IAuthorizationService authorization) : PageModel
{
    public string? Query { get; private set; }

    public IReadOnlyList<Part> Rows { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public IReadOnlyList<SelectListItem> Makers { get; private set; } = [];

    [BindProperty]
    public PartInput Input { get; set; } = new(null, null, null, null, null, null, null, null, null, null);

    public Task OnGetAsync(string? q, CancellationToken ct) => LoadAsync(q, ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteCatalog)).Succeeded)
        {
            return Forbid();
        }

        if (ModelState.IsValid && FieldErrors.CheckBounds(ModelState, nameof(Input), Input, CatalogOptions.PartFields))
        {
            var w = await entry.CreatePartAsync(Input, ct);
            if (w.Succeeded)
            {
                return Redirect($"/catalog/parts/{Uri.EscapeDataString(w.Value!.PartNumber)}?saved=created");
            }

            FieldErrors.AddTo(ModelState, nameof(Input), w.Invalid ?? new Dictionary<string, string[]> { ["partNumber"] = [w.Conflict!] }, CatalogOptions.PartFields);
        }

        db.ChangeTracker.Clear();
        await LoadAsync(null, ct);
        return Page();
    }

    private async Task LoadAsync(string? q, CancellationToken ct)
    {
        Query = q?.Trim();
        var all = await db.Parts.AsNoTracking().Include(p => p.Maker).OrderBy(p => p.PartNumber).ToListAsync(ct);
        Rows = CatalogSearch.Parts(all, Query).ToList();
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteCatalog)).Succeeded;
        Makers = CanWrite ? await CatalogOptions.MakersAsync(db, ct) : [];
    }
}
