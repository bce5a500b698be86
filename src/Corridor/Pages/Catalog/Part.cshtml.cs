using Corridor.Catalog;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Catalog;

public sealed class PartModel(CorridorDbContext db) : PageModel
{
    public Part Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string partNumber, CancellationToken ct)
    {
        var part = await db.Parts.AsNoTracking().Include(p => p.Maker).SingleOrDefaultAsync(p => p.PartNumber == partNumber.ToUpperInvariant(), ct);
        if (part is null)
        {
            return NotFound();
        }

        Item = part;
        return Page();
    }
}
