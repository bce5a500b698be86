using Corridor.Catalog;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Catalog;

/// <summary>The makers, and for the catalogue-write roles a form that adds one (the same use case as POST /api/catalog/makers).</summary>
public sealed class MakersModel(CorridorDbContext db, CatalogEntry entry, IAuthorizationService authorization) : PageModel
{
    public static readonly IReadOnlySet<string> Fields = new HashSet<string> { "code", "name", "country", "source", "assumption" };

    public sealed record Row(string Code, string Name, string Country, int Models, int Parts, string Source);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public bool CanWrite { get; private set; }

    [BindProperty]
    public MakerInput Input { get; set; } = new(null, null, null, null, null);

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteCatalog)).Succeeded)
        {
            return Forbid();
        }

        if (ModelState.IsValid && FieldErrors.CheckBounds(ModelState, nameof(Input), Input, Fields))
        {
            var w = await entry.CreateMakerAsync(Input, ct);
            if (w.Succeeded)
            {
                return Redirect($"/catalog/makers/{Uri.EscapeDataString(w.Value!.Code)}?saved=created");
            }

            FieldErrors.AddTo(ModelState, nameof(Input), w.Invalid ?? new Dictionary<string, string[]> { ["code"] = [w.Conflict!] }, Fields);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteCatalog)).Succeeded;
        Rows = await db.Makers.AsNoTracking().OrderBy(m => m.Code)
            .Select(m => new Row(m.Code, m.Name, m.Country, db.VehicleModels.Count(v => v.MakerId == m.Id), db.Parts.Count(p => p.MakerId == m.Id), m.Source))
            .ToListAsync(ct);
    }
}
