using Corridor.Analytics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Analytics;

/// <summary>
/// The Trade orders behind a burn-down or receivables figure of the dashboard (first 500, by order day), with CSV of up
/// to 10,000: an agreement's committing orders (<c>agreement</c>) or the receivables of a currency and state
/// (<c>currency</c>, <c>status</c>), under the dashboard's filter.
/// </summary>
public sealed class OrdersModel(TradeKpis trade) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Market { get; set; }
    [BindProperty(SupportsGet = true)] public string? Maker { get; set; }
    [BindProperty(SupportsGet = true)] public string? Agreement { get; set; }
    [BindProperty(SupportsGet = true)] public string? Currency { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    public AnalyticsFilter Filter { get; private set; } = null!;

    public OrderSelection Selection { get; private set; } = new();

    public IReadOnlyList<OrderRecord> Orders { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Invalid() is { } problem)
        {
            return problem;
        }

        Orders = await trade.OrdersAsync(Filter, Selection, 500, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (Invalid() is { } problem)
        {
            return problem;
        }

        var orders = await trade.OrdersAsync(Filter, Selection, 10_000, ct);
        return File(System.Text.Encoding.UTF8.GetBytes(ProgrammeCsv.Orders(orders)), "text/csv; charset=utf-8", "corridor-orders.csv");
    }

    /// <summary>Sets the filter and selection, or returns the 400 problem naming a state that is not one of the receivables'.</summary>
    private BadRequestObjectResult? Invalid()
    {
        var status = IndexModel.Empty(Status);
        if (status is not null && status is not ("in-transit" or "delivered"))
        {
            return BadRequest(new ValidationProblemDetails(new Dictionary<string, string[]> { ["status"] = [$"'{status}' is not a receivables state (in-transit or delivered)"] }));
        }

        var from = IndexModel.Month(From) ?? new DateOnly(2000, 1, 1);
        var until = IndexModel.Month(To)?.AddMonths(1) ?? new DateOnly(2100, 1, 1);
        Filter = new AnalyticsFilter(from, until, IndexModel.Empty(Market)?.ToUpperInvariant(), IndexModel.Empty(Maker)?.ToUpperInvariant());
        Selection = new OrderSelection(IndexModel.Empty(Agreement), IndexModel.Empty(Currency), status);
        return null;
    }
}
