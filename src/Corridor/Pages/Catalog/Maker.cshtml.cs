using Corridor.Catalog;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Catalog;

/// <summary>One maker with its models and parts; the catalogue-write roles can change it (the same use case as PUT /api/catalog/makers/{code}).</summary>
public sealed class MakerModel(CorridorDbContext db, CatalogEntry entry, IAuthorizationService authorization) : PageModel
{
    public Maker Maker { get; private set; } = null!;

    public IReadOnlyList<VehicleModel> Models { get; private set; } = [];

    public IReadOnlyList<Part> Parts { get; private set; } = [];

    public bool CanWrite { get; private set; }

    /// <summary>What the last write did, after the redirect that followed it.</summary>
    public string? Saved { get; private set; }

    [BindProperty]
    public MakerInput Input { get; set; } = new(null, null, null, null, null);

    public async Task<IActionResult> OnGetAsync(string code, string? saved, CancellationToken ct)
    {
        Saved = saved switch { "created" => "Maker added.", "changed" => "Changes saved.", _ => null };
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        Input = new MakerInput(Maker.Code, Maker.Name, Maker.Country, Maker.Source, Maker.Assumption);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string code, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteCatalog)).Succeeded)
        {
            return Forbid();
        }

        if (ModelState.IsValid && FieldErrors.CheckBounds(ModelState, nameof(Input), Input, MakersModel.Fields))
        {
            var w = await entry.UpdateMakerAsync(code, Input, ct);
            if (w.NotFound)
            {
                return NotFound();
            }

            if (w.Succeeded)
            {
                return Redirect($"/catalog/makers/{Uri.EscapeDataString(w.Value!.Code)}?saved=changed");
            }

            FieldErrors.AddTo(ModelState, nameof(Input), w.Invalid!, MakersModel.Fields);
        }

        db.ChangeTracker.Clear();
        return await LoadAsync(code, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        var maker = await db.Makers.AsNoTracking().SingleOrDefaultAsync(m => m.Code == code.ToUpperInvariant(), ct);
        if (maker is null)
        {
            return false;
        }

        Maker = maker;
        Models = await db.VehicleModels.AsNoTracking().Where(v => v.MakerId == maker.Id).OrderBy(v => v.Code).ToListAsync(ct);
        Parts = await db.Parts.AsNoTracking().Where(p => p.MakerId == maker.Id).OrderBy(p => p.PartNumber).ToListAsync(ct);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteCatalog)).Succeeded;
        return true;
    }
}
