using Corridor.Intelligence;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages;

public sealed class IndexModel(CorridorDbContext db) : PageModel
{
    public int Makers { get; private set; }

    public int Models { get; private set; }

    public int Parts { get; private set; }

    public int Markets { get; private set; }

    public int Figures { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Makers = await db.Makers.CountAsync(ct);
        Models = await db.VehicleModels.CountAsync(ct);
        Parts = await db.Parts.CountAsync(ct);
        Markets = await db.Markets.CountAsync(ct);
        // As /intelligence/figures counts them: the organisation's reviewed facts and the reference rows no fact states.
        Figures = (await ReportedFigureBoard.ListAsync(db, null, ct)).Count;
    }
}
