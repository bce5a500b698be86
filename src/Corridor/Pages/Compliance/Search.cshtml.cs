using Corridor.Compliance;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Compliance;

public sealed class SearchModel(CorridorDbContext db, ScreeningIndexCache cache) : PageModel
{
    public string? Query { get; private set; }

    public string? Type { get; private set; }

    public string? Country { get; private set; }

    public ActiveIndex? Result { get; private set; }

    public IReadOnlyList<ScreeningHit> Hits { get; private set; } = [];

    public async Task OnGetAsync(string? q, string? type, string? country, CancellationToken ct)
    {
        (Query, Type, Country) = (q?.Trim(), type, country?.Trim().ToUpperInvariant());
        if (string.IsNullOrEmpty(Query))
        {
            return;
        }

        Result = await cache.GetAsync(db, ct);
        var entryType = Enum.TryParse<ListEntryType>(type, true, out var t) ? t : ListEntryType.Unknown;
        Hits = Result.Index.Search(new ScreeningQuery([Query], entryType, Country is { Length: 2 } ? Country : null), NameComparer.DefaultThreshold, 20);
    }
}
