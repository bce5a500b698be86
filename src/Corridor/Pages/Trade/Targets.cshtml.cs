using Corridor.Trade;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Trade;

public sealed class TargetsModel(TargetService targets) : PageModel
{
    public IReadOnlyList<TargetProgress> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await targets.ProgressAsync(ct);
}
