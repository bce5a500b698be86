using Corridor.Catalog;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Catalog;

public sealed class ModelsModel(CorridorDbContext db) : PageModel
{
    public string? Query { get; private set; }

    public IReadOnlyList<VehicleModel> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken ct)
    {
        Query = q?.Trim();
        var all = await db.VehicleModels.AsNoTracking().Include(v => v.Maker).OrderBy(v => v.Code).ToListAsync(ct);
        Rows = CatalogSearch.Models(all, Query).ToList();
    }
}
