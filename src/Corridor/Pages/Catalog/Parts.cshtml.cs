using Corridor.Catalog;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Catalog;

public sealed class PartsModel(CorridorDbContext db) : PageModel
{
    public string? Query { get; private set; }

    public IReadOnlyList<Part> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken ct)
    {
        Query = q?.Trim();
        var all = await db.Parts.AsNoTracking().Include(p => p.Maker).OrderBy(p => p.PartNumber).ToListAsync(ct);
        Rows = CatalogSearch.Parts(all, Query).ToList();
    }
}
