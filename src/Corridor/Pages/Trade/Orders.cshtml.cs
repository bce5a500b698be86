using Corridor.Storage;
using Corridor.Trade;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Trade;

public sealed class OrdersModel(CorridorDbContext db) : PageModel
{
    public IReadOnlyList<TradeOrder> Rows { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Agreements { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await db.Set<TradeOrder>().AsNoTracking().Include(o => o.Lines).OrderBy(o => o.Number).ToListAsync(ct);
        Agreements = await db.Set<Agreement>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, ct);
    }
}
