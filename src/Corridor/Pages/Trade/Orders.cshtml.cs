using Corridor.Storage;
using Corridor.Trade;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Trade;

/// <summary>The organisation's orders, filtered by status, market and number, paged and sortable, with their CSV (decision 040).</summary>
public sealed class OrdersModel(CorridorDbContext db, IAuthorizationService authorization) : PageModel
{
    public static readonly IReadOnlyList<ListColumn<TradeOrder>> Columns =
    [
        ListColumn.Sorted<TradeOrder, string>("number", "Order", o => o.Number),
        ListColumn.Plain<TradeOrder>("Agreement", null),
        ListColumn.Sorted<TradeOrder, string>("route", "Route", o => o.OriginNode, o => $"{o.OriginNode} → {o.DeliveryNode}"),
        ListColumn.Sorted<TradeOrder, string>("market", "Market", o => o.Market),
        ListColumn.Sorted<TradeOrder, DateOnly>("requested", "Requested", o => o.RequestedDate),
        ListColumn.Plain<TradeOrder>("Lines", o => string.Join(", ", o.Lines.OrderBy(l => l.LineNo).Select(l => $"{l.Quantity} × {l.ItemCode}"))),
        ListColumn.Plain<TradeOrder>("Total", o => o.Total.Amount, numeric: true),
        ListColumn.Sorted<TradeOrder, string>("currency", "Currency", o => o.Currency),
        ListColumn.Sorted<TradeOrder, OrderStatus>("status", "Status", o => o.Status, o => Labels.Words(TradeOrder.Describe(o.Status))),
        ListColumn.Plain<TradeOrder>("", null),
    ];

    public ListView<TradeOrder> List { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Market { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrderStatus? Status { get; set; }

    public IReadOnlyDictionary<Guid, string> Agreements { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>Whether the user's role may write trade (the API's policy): only then are New order and Confirm shown.</summary>
    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteTrade)).Succeeded;
        List = await Listing.PageAsync(Filtered(), Columns, Request, "number", ct: ct);
        Agreements = await db.Set<Agreement>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, ct);
    }

    /// <summary>Every order matching the filters as CSV, in the list's order, with its agreement's code.</summary>
    public async Task<FileContentResult> OnGetCsvAsync(CancellationToken ct)
    {
        Agreements = await db.Set<Agreement>().AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Code, ct);
        var columns = Columns.Select(c => c.Header == "Agreement" ? ListColumn.Plain<TradeOrder>("Agreement", o => o.AgreementId is { } id ? Agreements.GetValueOrDefault(id) : null) : c).ToList();
        return await Listing.CsvAsync(Filtered(), columns, Request, "number", false, "orders.csv", ct);
    }

    private IQueryable<TradeOrder> Filtered()
    {
        var query = db.Set<TradeOrder>().AsNoTracking().Include(o => o.Lines).AsQueryable();
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var number = Search.Trim().ToUpperInvariant();
            query = query.Where(o => o.Number.ToUpper().Contains(number));
        }

        if (!string.IsNullOrWhiteSpace(Market))
        {
            var market = Market.Trim().ToUpperInvariant();
            query = query.Where(o => o.Market == market);
        }

        if (Status is { } status)
        {
            query = query.Where(o => o.Status == status);
        }

        return query;
    }
}
