using Corridor.Intelligence;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Intelligence;

public sealed class ConflictsModel(FactReview review) : PageModel
{
    public IReadOnlyList<FactConflict> Conflicts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Conflicts = await review.ConflictsAsync(ct);
}
