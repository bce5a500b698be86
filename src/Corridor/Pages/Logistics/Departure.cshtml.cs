using Corridor.Logistics;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Logistics;

/// <summary>
/// One departure: capacity, booked and free room, the organisation's bookings on it, and (for a logistics planner or
/// an admin) a form to book room and a button to cancel each booking. Writes go through <see cref="BookingService"/>,
/// which never oversells; another organisation's booking is not found (the query filter), so cancelling it answers 404.
/// </summary>
public sealed class DepartureModel(CorridorDbContext db, BookingService bookings, IAuthorizationService authorization) : PageModel
{
    public DepartureDto Departure { get; private set; } = null!;

    public IReadOnlyList<BookingDto> Bookings { get; private set; } = [];

    public bool CanBook { get; private set; }

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    /// <summary>The booking form's field the refusal is about (the API's camelCase name), or null.</summary>
    public string? ErrorField { get; private set; }

    [BindProperty]
    public int? Vehicles { get; set; }

    [BindProperty]
    public decimal? Tonnes { get; set; }

    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty]
    public bool Waitlist { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostBookAsync(Guid id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteLogistics)).Succeeded)
        {
            return Forbid();
        }

        if (!await db.Set<Departure>().AnyAsync(d => d.Id == id, ct))
        {
            return NotFound();
        }

        // The same checks as POST /api/logistics/bookings, naming the same field: the API's input ranges, then the request factory.
        var bounds = new Dictionary<string, List<string>>();
        RequestBounds.Check(new BookingInputDto(id, Vehicles, Tonnes, Reference ?? "", Waitlist), "", inBody: true, bounds);
        var request = bounds.Count > 0
            ? Corridor.Common.FieldResult<BookingRequest>.Failure(bounds.First().Key, bounds.First().Value[0])
            : BookingRequest.From(id, Vehicles, Tonnes, Reference, Waitlist);
        if (!request.Succeeded)
        {
            var error = request.Errors[0];
            ErrorField = error.Field;
            Fail(error.Message, StatusCodes.Status400BadRequest);
        }
        else
        {
            var result = await bookings.BookAsync(request.Value, ct);
            if (result.Succeeded)
            {
                Message = $"Booked {result.Value.Quantity} {result.Value.Unit.ToString().ToLowerInvariant()} as {result.Value.Reference} ({result.Value.Status.ToString().ToLowerInvariant()}).";
                Vehicles = null;
                Tonnes = null;
                Reference = null;
            }
            else
            {
                Fail(string.Join("; ", result.Errors));
            }
        }

        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, Guid booking, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteLogistics)).Succeeded)
        {
            return Forbid();
        }

        if (!await db.Set<Booking>().AnyAsync(b => b.Id == booking && b.DepartureId == id, ct))
        {
            return NotFound();
        }

        var result = await bookings.CancelAsync(booking, ct);
        if (result.Succeeded)
        {
            Message = $"Cancelled {result.Value.Reference}; {result.Value.Quantity} {result.Value.Unit.ToString().ToLowerInvariant()} released.";
        }
        else
        {
            Fail(string.Join("; ", result.Errors));
        }

        await LoadAsync(id, ct);
        return Page();
    }

    private void Fail(string message, int status = StatusCodes.Status409Conflict)
    {
        Message = message;
        Failed = true;
        Response.StatusCode = status;
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var departure = await db.Set<Departure>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct);
        if (departure is null)
        {
            return false;
        }

        Departure = DepartureDto.Of(departure);
        Bookings = (await bookings.ForDepartureAsync(id, ct)).OrderBy(b => b.CreatedAt).Select(BookingDto.From).ToList();
        CanBook = (await authorization.AuthorizeAsync(User, Policies.WriteLogistics)).Succeeded;
        return true;
    }
}
