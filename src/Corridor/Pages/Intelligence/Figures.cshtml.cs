using Corridor.Analytics;
using Corridor.Intelligence;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Intelligence;

/// <summary>The reported figures (reviewed and reference), filtered by subject/metric text and origin, paged and sortable, with their CSV (decision 040).</summary>
public sealed class FiguresModel(CorridorDbContext db) : PageModel
{
    public static readonly IReadOnlyList<ListColumn<ReportedView>> Columns =
    [
        ListColumn.Sorted<ReportedView, string>("subject", "Subject", f => f.Subject),
        ListColumn.Sorted<ReportedView, string>("metric", "Metric", f => f.Metric),
        ListColumn.Sorted<ReportedView, decimal>("value", "Value", f => f.Value, numeric: true),
        ListColumn.Sorted<ReportedView, string>("unit", "Unit", f => f.Unit),
        ListColumn.Sorted<ReportedView, DateOnly?>("period", "Period", f => f.From, f => f.From is null && f.Until is null ? null : $"{f.From:yyyy-MM-dd} – {f.Until:yyyy-MM-dd}"),
        ListColumn.Sorted<ReportedView, string>("origin", "Quote and source", f => f.Origin, f => $"{f.Quote} ({f.Origin}; {f.Source})"),
    ];

    public ListView<ReportedView> List { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    /// <summary>Filter: "reviewed" or "reference".</summary>
    [BindProperty(SupportsGet = true)]
    public string? Origin { get; set; }

    /// <summary>The assumptions of the reference rows, by key.</summary>
    public IReadOnlyDictionary<string, string> Assumptions { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        List = await Listing.PageAsync((await RowsAsync(ct)).AsQueryable(), Columns, Request, "subject", ct: ct);
        Assumptions = await db.ReportedFigures.AsNoTracking().Where(f => f.Assumption != null).ToDictionaryAsync(f => f.Key, f => f.Assumption!, ct);
    }

    /// <summary>Every figure matching the filters as CSV, in the list's order.</summary>
    public async Task<FileContentResult> OnGetCsvAsync(CancellationToken ct) =>
        await Listing.CsvAsync((await RowsAsync(ct)).AsQueryable(), Columns, Request, "subject", false, "reported-figures.csv", ct);

    private async Task<List<ReportedView>> RowsAsync(CancellationToken ct)
    {
        var search = Search?.Trim();
        return (await ReportedFigureBoard.ListAsync(db, null, ct)).OrderBy(f => f.Subject).ThenBy(f => f.From)
            .Where(f => string.IsNullOrEmpty(search) || f.Subject.Contains(search, StringComparison.OrdinalIgnoreCase) || f.Metric.Contains(search, StringComparison.OrdinalIgnoreCase))
            .Where(f => string.IsNullOrEmpty(Origin) || string.Equals(f.Origin, Origin, StringComparison.OrdinalIgnoreCase))
            .ToList();
    }
}
