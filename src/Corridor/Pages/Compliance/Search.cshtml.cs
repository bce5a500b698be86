using Corridor.Compliance;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Compliance;

public sealed class SearchModel(CorridorDbContext db, ScreeningIndexCache cache) : PageModel
{
    public string? Query { get; private set; }

    public string? Type { get; private set; }

    public string? Country { get; private set; }

    /// <summary>A year (1975) or an ISO date (1975-03-02): agreeing raises the score a little, a year more than one apart lowers it.</summary>
    public string? BirthDate { get; private set; }

    public ActiveIndex? Result { get; private set; }

    public IReadOnlyList<ScreeningHit> Hits { get; private set; } = [];

    public async Task OnGetAsync(string? q, string? type, string? country, string? born, CancellationToken ct)
    {
        (Query, Type, Country) = (q?.Trim(), type, country?.Trim().ToUpperInvariant());
        BirthDate = born?.Trim() is { Length: >= 4 } b && int.TryParse(b.AsSpan(0, 4), out _) ? b : null;
        if (string.IsNullOrEmpty(Query))
        {
            return;
        }

        Result = await cache.GetAsync(db, ct);
        var entryType = Enum.TryParse<ListEntryType>(type, true, out var t) ? t : ListEntryType.Unknown;
        Hits = Result.Index.Search(new ScreeningQuery([Query], entryType, Country is { Length: 2 } ? Country : null, BirthDate), NameComparer.DefaultThreshold, 20);
    }
}
