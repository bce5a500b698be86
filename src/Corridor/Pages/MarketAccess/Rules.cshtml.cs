using Corridor.MarketAccess;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.MarketAccess;

public sealed class RulesModel(CorridorDbContext db) : PageModel
{
    public string? Market { get; private set; }

    public IReadOnlyList<MarketRule> Rows { get; private set; } = [];

    public IReadOnlyList<string> Markets { get; private set; } = [];

    public async Task OnGetAsync(string? market, CancellationToken ct)
    {
        Market = string.IsNullOrWhiteSpace(market) ? null : market.Trim().ToUpperInvariant();
        var all = await db.Set<MarketRule>().AsNoTracking().ToListAsync(ct);
        Markets = all.Select(r => r.MarketIso2).Distinct().Order(StringComparer.Ordinal).ToList();
        Rows = all.Where(r => Market is null || r.MarketIso2 == Market)
            .OrderBy(r => r.MarketIso2, StringComparer.Ordinal).ThenBy(r => r.ValidFrom).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
    }
}
