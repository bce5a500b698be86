using Corridor.Compliance;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Compliance;

public sealed class SnapshotsModel(SnapshotStore store) : PageModel
{
    public IReadOnlyList<ListSnapshot> Rows { get; private set; } = [];

    public ListSnapshot? Selected { get; private set; }

    public SnapshotDelta? Delta { get; private set; }

    public async Task OnGetAsync(Guid? id, CancellationToken ct)
    {
        Rows = await store.ListAsync(null, ct);
        if (id is { } i && Rows.FirstOrDefault(r => r.Id == i) is { } selected)
        {
            Selected = selected;
            Delta = await store.DeltaAsync(selected.PreviousSnapshotId, selected.Id, ct);
        }
    }
}
