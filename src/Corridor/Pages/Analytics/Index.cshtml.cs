using System.Globalization;
using Corridor.Analytics;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Analytics;

/// <summary>
/// The programme dashboard: filters (months from–to inclusive, market, maker, product group, period length), headline
/// figures, charts, the corridor map and every table with its CSV; bars and table rows link to the lines behind them.
/// <c>?handler=csv&amp;table=NAME</c> downloads a table, <c>?handler=report&amp;format=html|pdf</c> the programme report.
/// </summary>
public sealed class IndexModel(AnalyticsService analytics, CorridorDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Market { get; set; }
    [BindProperty(SupportsGet = true)] public string? Maker { get; set; }
    [BindProperty(SupportsGet = true)] public string? Group { get; set; }
    [BindProperty(SupportsGet = true, Name = "g")] public Granularity Granularity { get; set; } = Granularity.Month;

    public DashboardData Data { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Data = await LoadAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(string table, CancellationToken ct)
    {
        var csv = ProgrammeCsv.Write(table, await LoadAsync(ct));
        return csv is null ? NotFound() : File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"corridor-{table}.csv");
    }

    public async Task<IActionResult> OnGetReportAsync(string? format, CancellationToken ct)
    {
        var data = await LoadAsync(ct);
        var html = ProgrammeHtml.Document(data, $"Programme report {data.Filter.From:yyyy-MM} to {data.Filter.Until.AddDays(-1):yyyy-MM}", clock.GetUtcNow());
        if (!string.Equals(format, "pdf", StringComparison.OrdinalIgnoreCase))
        {
            return Content(html, "text/html; charset=utf-8");
        }

        var file = Path.Combine(Path.GetTempPath(), $"corridor-report-{Guid.NewGuid():N}.pdf");
        try
        {
            var failed = await PdfRenderer.RenderAsync(html, file, ct);
            return failed is null
                ? File(await System.IO.File.ReadAllBytesAsync(file, ct), "application/pdf", "corridor-programme-report.pdf")
                : new ObjectResult(new ProblemDetails { Title = "The PDF could not be printed", Detail = failed, Status = StatusCodes.Status503ServiceUnavailable }) { StatusCode = StatusCodes.Status503ServiceUnavailable };
        }
        finally
        {
            System.IO.File.Delete(file);
        }
    }

    /// <summary>The query string of the current filter, to which a link adds its own parameters.</summary>
    public string Query(AnalyticsFilter f, string? link = null) =>
        $"from={f.From:yyyy-MM}&to={f.Until.AddDays(-1):yyyy-MM}"
        + (f.Market is null ? "" : "&market=" + Uri.EscapeDataString(f.Market))
        + (f.Maker is null ? "" : "&maker=" + Uri.EscapeDataString(f.Maker))
        + (f.ProductGroup is null ? "" : "&group=" + Uri.EscapeDataString(f.ProductGroup))
        + (f.Kind is null ? "" : "&kind=" + f.Kind)
        + (link is null ? "" : "&link=" + Uri.EscapeDataString(link));

    /// <summary>The query parameters of an orders drill-down.</summary>
    public string Selection(OrderSelection s) =>
        (s.Agreement is null ? "" : "&agreement=" + Uri.EscapeDataString(s.Agreement))
        + (s.Currency is null ? "" : "&currency=" + Uri.EscapeDataString(s.Currency))
        + (s.Status is null ? "" : "&status=" + Uri.EscapeDataString(s.Status));

    private async Task<DashboardData> LoadAsync(CancellationToken ct)
    {
        var fallback = await DashboardData.DefaultFilterAsync(analytics, ct);
        var from = Month(From) ?? fallback.From;
        var until = Month(To)?.AddMonths(1) ?? fallback.Until;
        if (until <= from)
        {
            until = from.AddMonths(1);
        }

        var filter = new AnalyticsFilter(from, until, Empty(Market), Empty(Maker), Empty(Group));
        return await DashboardData.LoadAsync(analytics, db, filter, Granularity, ct);
    }

    internal static DateOnly? Month(string? text) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    internal static string? Empty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
