using Corridor.Catalog;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Catalog;

public sealed class MakerModel(CorridorDbContext db) : PageModel
{
    public Maker Maker { get; private set; } = null!;

    public IReadOnlyList<VehicleModel> Models { get; private set; } = [];

    public IReadOnlyList<Part> Parts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var maker = await db.Makers.AsNoTracking().SingleOrDefaultAsync(m => m.Code == code.ToUpperInvariant(), ct);
        if (maker is null)
        {
            return NotFound();
        }

        Maker = maker;
        Models = await db.VehicleModels.AsNoTracking().Where(v => v.MakerId == maker.Id).OrderBy(v => v.Code).ToListAsync(ct);
        Parts = await db.Parts.AsNoTracking().Where(p => p.MakerId == maker.Id).OrderBy(p => p.PartNumber).ToListAsync(ct);
        return Page();
    }
}
