using Corridor.Trade;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Trade;

public sealed class AgreementsModel(AgreementService agreements) : PageModel
{
    public IReadOnlyList<Agreement> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await agreements.ListAsync(ct);
}
