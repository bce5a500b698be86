using Corridor.Trade;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Trade;

public sealed class AgreementModel(AgreementService agreements, TimeProvider clock) : PageModel
{
    public BurnDown Burn { get; private set; } = null!;

    public string Chart { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var burn = await agreements.BurnDownAsync(code, ct);
        if (burn is null)
        {
            return NotFound();
        }

        Burn = burn;
        Chart = BurnDownChart.Render(burn, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return Page();
    }
}
