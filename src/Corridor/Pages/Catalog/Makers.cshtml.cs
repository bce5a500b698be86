using Corridor.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Catalog;

public sealed class MakersModel(CorridorDbContext db) : PageModel
{
    public sealed record Row(string Code, string Name, string Country, int Models, int Parts, string Source);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = await db.Makers.AsNoTracking().OrderBy(m => m.Code)
            .Select(m => new Row(m.Code, m.Name, m.Country, db.VehicleModels.Count(v => v.MakerId == m.Id), db.Parts.Count(p => p.MakerId == m.Id), m.Source))
            .ToListAsync(ct);
}
