using Corridor.Logistics;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Logistics;

/// <summary>
/// Upcoming departures with capacity, booked and free room, and how much of it the organisation holds; filter by from,
/// to and service; paged and sortable with their CSV (decision 040).
/// </summary>
public sealed class DeparturesModel(CorridorDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Row(DepartureDto Departure, int Yours);

    public static readonly IReadOnlyList<ListColumn<Row>> Columns =
    [
        ListColumn.Sorted<Row, string>("service", "Service", r => r.Departure.Service),
        ListColumn.Sorted<Row, string>("from", "From", r => r.Departure.From),
        ListColumn.Sorted<Row, string>("to", "To", r => r.Departure.To),
        ListColumn.Sorted<Row, string>("mode", "Mode", r => r.Departure.Mode),
        ListColumn.Sorted<Row, DateTimeOffset>("departs", "Departs (UTC)", r => r.Departure.Departs),
        ListColumn.Sorted<Row, DateTimeOffset>("arrives", "Arrives (UTC)", r => r.Departure.Arrives),
        ListColumn.Sorted<Row, int>("capacity", "Capacity", r => r.Departure.Capacity, numeric: true),
        ListColumn.Sorted<Row, int>("booked", "Booked", r => r.Departure.Booked, numeric: true),
        ListColumn.Sorted<Row, int>("free", "Free", r => r.Departure.Free, numeric: true),
        ListColumn.Sorted<Row, string>("unit", "Unit", r => r.Departure.Unit),
        ListColumn.Sorted<Row, int>("yours", "Yours", r => r.Yours, numeric: true),
    ];

    public ListView<Row> List { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Service { get; set; }

    public IReadOnlyList<string> Services { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => List = await Listing.PageAsync((await RowsAsync(ct)).AsQueryable(), Columns, Request, "departs", ct: ct);

    /// <summary>Every upcoming departure matching the filters as CSV, in the list's order.</summary>
    public async Task<FileContentResult> OnGetCsvAsync(CancellationToken ct) =>
        await Listing.CsvAsync((await RowsAsync(ct)).AsQueryable(), Columns, Request, "departs", false, "departures.csv", ct);

    private async Task<List<Row>> RowsAsync(CancellationToken ct)
    {
        Services = await db.Set<TransportService>().AsNoTracking().OrderBy(s => s.Code).Select(s => s.Code).ToListAsync(ct);
        var query = db.Set<Departure>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(From))
        {
            var from = From.Trim().ToUpperInvariant();
            query = query.Where(d => d.FromCode == from);
        }

        if (!string.IsNullOrWhiteSpace(To))
        {
            var to = To.Trim().ToUpperInvariant();
            query = query.Where(d => d.ToCode == to);
        }

        if (!string.IsNullOrWhiteSpace(Service))
        {
            var service = Service.Trim().ToUpperInvariant();
            query = query.Where(d => d.ServiceCode == service);
        }

        // SQLite cannot compare DateTimeOffset columns in SQL, so the time filter runs here (a few thousand rows at most).
        var now = clock.GetUtcNow();
        var upcoming = (await query.ToListAsync(ct)).Where(d => d.DepartsAt > now).ToList();

        // The query filter keeps this to the acting organisation's bookings (one row per departure it holds room on).
        var yours = await db.Set<Booking>().AsNoTracking().Where(b => b.Status == BookingStatus.Confirmed)
            .GroupBy(b => b.DepartureId).Select(g => new { g.Key, Quantity = g.Sum(b => b.Quantity) }).ToDictionaryAsync(x => x.Key, x => x.Quantity, ct);
        return upcoming.Select(d => new Row(DepartureDto.Of(d), yours.GetValueOrDefault(d.Id))).ToList();
    }
}
