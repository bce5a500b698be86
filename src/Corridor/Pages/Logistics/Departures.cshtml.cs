using Corridor.Logistics;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Logistics;

/// <summary>Upcoming departures with capacity, booked and free room, and how much of it the organisation holds; filter by from, to and service.</summary>
public sealed class DeparturesModel(CorridorDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 100;

    public sealed record Row(DepartureDto Departure, int Yours);

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Service { get; set; }

    public IReadOnlyList<string> Services { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Matching { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
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
        var upcoming = (await query.ToListAsync(ct)).Where(d => d.DepartsAt > now).OrderBy(d => d.DepartsAt).ToList();
        Matching = upcoming.Count;
        var shown = upcoming.Take(PageSize).ToList();
        var ids = shown.Select(d => d.Id).ToList();

        // The query filter keeps this to the acting organisation's bookings.
        var yours = await db.Set<Booking>().AsNoTracking().Where(b => ids.Contains(b.DepartureId) && b.Status == BookingStatus.Confirmed)
            .GroupBy(b => b.DepartureId).Select(g => new { g.Key, Quantity = g.Sum(b => b.Quantity) }).ToDictionaryAsync(x => x.Key, x => x.Quantity, ct);
        Rows = shown.Select(d => new Row(DepartureDto.Of(d), yours.GetValueOrDefault(d.Id))).ToList();
    }
}
