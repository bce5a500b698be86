using Corridor.Intelligence;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Intelligence;

public sealed class FiguresModel(CorridorDbContext db) : PageModel
{
    public IReadOnlyList<ReportedFigure> Figures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Figures = await db.ReportedFigures.AsNoTracking().OrderBy(f => f.Subject).ThenBy(f => f.PeriodFrom).ToListAsync(ct);
}
