using Corridor.Analytics;
using Corridor.Intelligence;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Intelligence;

public sealed class FiguresModel(CorridorDbContext db) : PageModel
{
    public IReadOnlyList<ReportedView> Figures { get; private set; } = [];

    /// <summary>The assumptions of the reference rows, by key.</summary>
    public IReadOnlyDictionary<string, string> Assumptions { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Figures = (await ReportedFigureBoard.ListAsync(db, null, ct)).OrderBy(f => f.Subject).ThenBy(f => f.From).ToList();
        Assumptions = await db.ReportedFigures.AsNoTracking().Where(f => f.Assumption != null).ToDictionaryAsync(f => f.Key, f => f.Assumption!, ct);
    }
}
