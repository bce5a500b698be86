using Corridor.Catalog;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Catalog;

/// <summary>One spare part; the catalogue-write roles can change it (the use case of PUT /api/catalog/parts/{partNumber}).</summary>
public sealed class PartModel(CorridorDbContext db, CatalogEntry entry, IAuthorizationService authorization) : PageModel
{
    public Part Item { get; private set; } = null!;

    public bool CanWrite { get; private set; }

    public string? Saved { get; private set; }

    public IReadOnlyList<SelectListItem> Makers { get; private set; } = [];

    [BindProperty]
    public PartInput Input { get; set; } = new(null, null, null, null, null, null, null, null, null, null);

    public async Task<IActionResult> OnGetAsync(string partNumber, string? saved, CancellationToken ct)
    {
        Saved = saved switch { "created" => "Spare part added.", "changed" => "Changes saved.", _ => null };
        if (!await LoadAsync(partNumber, ct))
        {
            return NotFound();
        }

        Input = CatalogOptions.Of(Item, Item.Maker?.Code ?? "");
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string partNumber, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteCatalog)).Succeeded)
        {
            return Forbid();
        }

        if (ModelState.IsValid && FieldErrors.CheckBounds(ModelState, nameof(Input), Input, CatalogOptions.PartFields))
        {
            var w = await entry.UpdatePartAsync(partNumber, Input, ct);
            if (w.NotFound)
            {
                return NotFound();
            }

            if (w.Succeeded)
            {
                return Redirect($"/catalog/parts/{Uri.EscapeDataString(w.Value!.PartNumber)}?saved=changed");
            }

            FieldErrors.AddTo(ModelState, nameof(Input), w.Invalid!, CatalogOptions.PartFields);
        }

        db.ChangeTracker.Clear();
        return await LoadAsync(partNumber, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string partNumber, CancellationToken ct)
    {
        var part = await db.Parts.AsNoTracking().Include(p => p.Maker).SingleOrDefaultAsync(p => p.PartNumber == partNumber.ToUpperInvariant(), ct);
        if (part is null)
        {
            return false;
        }

        Item = part;
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteCatalog)).Succeeded;
        Makers = CanWrite ? await CatalogOptions.MakersAsync(db, ct) : [];
        return true;
    }
}
