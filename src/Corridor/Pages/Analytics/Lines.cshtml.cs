using Corridor.Analytics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Analytics;

/// <summary>The shipment lines behind a dashboard figure (first 500, ordered by ship month and line), with CSV of up to 10,000.</summary>
public sealed class LinesModel(AnalyticsService analytics) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Market { get; set; }
    [BindProperty(SupportsGet = true)] public string? Maker { get; set; }
    [BindProperty(SupportsGet = true)] public string? Group { get; set; }
    [BindProperty(SupportsGet = true)] public ShipmentItemKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Link { get; set; }

    public AnalyticsFilter Filter { get; private set; } = null!;

    public IReadOnlyList<ShipmentLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Lines = await analytics.LinesAsync(Filter = MakeFilter(), IndexModel.Empty(Link), null, 500, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var lines = await analytics.LinesAsync(MakeFilter(), IndexModel.Empty(Link), null, 10_000, ct);
        return File(System.Text.Encoding.UTF8.GetBytes(ProgrammeCsv.Lines(lines)), "text/csv; charset=utf-8", "corridor-shipment-lines.csv");
    }

    private AnalyticsFilter MakeFilter()
    {
        var from = IndexModel.Month(From) ?? new DateOnly(2000, 1, 1);
        var until = IndexModel.Month(To)?.AddMonths(1) ?? new DateOnly(2100, 1, 1);
        return new AnalyticsFilter(from, until, IndexModel.Empty(Market), IndexModel.Empty(Maker), IndexModel.Empty(Group), Kind);
    }
}
