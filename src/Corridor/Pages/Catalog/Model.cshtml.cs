using Corridor.Catalog;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Catalog;

public sealed class ModelModel(CorridorDbContext db) : PageModel
{
    public VehicleModel Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var model = await db.VehicleModels.AsNoTracking().Include(v => v.Maker).SingleOrDefaultAsync(v => v.Code == code.ToUpperInvariant(), ct);
        if (model is null)
        {
            return NotFound();
        }

        Item = model;
        return Page();
    }
}
