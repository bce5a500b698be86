using Corridor.Storage;
using Corridor.Trade;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Trade;

public sealed class OrdersModel(CorridorDbContext db, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<TradeOrder> Rows { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Agreements { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>Whether the user's role may write trade (the API's policy): only then are New order and Confirm shown.</summary>
    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteTrade)).Succeeded;
        Rows = await db.Set<TradeOrder>().AsNoTracking().Include(o => o.Lines).OrderBy(o => o.Number).ToListAsync(ct);
        Agreements = await db.Set<Agreement>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, ct);
    }
}
