using Corridor.Common;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Logistics;

/// <summary>A request to reserve room for <see cref="Cargo"/> on one departure.</summary>
public sealed record BookingRequest(Guid DepartureId, Cargo Cargo, string Reference, bool WaitlistIfFull = false);

/// <summary>
/// Reserves and releases capacity on departures. Capacity is taken with one conditional UPDATE
/// (<c>booked = booked + n WHERE id = … AND booked + n &lt;= capacity</c>) in the same transaction as the booking
/// insert, so concurrent requests, also from several server processes on one database, can never oversell a departure;
/// a check constraint on the table backs this up.
/// </summary>
public sealed class BookingService(CorridorDbContext db, TimeProvider clock)
{
    public async Task<Result<Booking>> BookAsync(BookingRequest request, CancellationToken ct = default)
    {
        var dep = await db.Set<Departure>().AsNoTracking().Where(d => d.Id == request.DepartureId)
            .Select(d => new { d.Capacity, d.Unit, d.Booked, d.DepartsAt, d.ServiceCode }).SingleOrDefaultAsync(ct);
        if (dep is null)
        {
            return Result<Booking>.Failure($"departure {request.DepartureId} does not exist");
        }

        var now = clock.GetUtcNow();
        if (dep.DepartsAt <= now)
        {
            return Result<Booking>.Failure($"departure {dep.ServiceCode} {dep.DepartsAt:yyyy-MM-dd HH:mm} has already left");
        }

        var units = request.Cargo.UnitsOn(dep.Unit);
        var unitText = dep.Unit.ToString().ToLowerInvariant();
        if (units > dep.Capacity)
        {
            return Result<Booking>.Failure($"{request.Cargo} needs {units} {unitText}, more than the departure's whole capacity of {dep.Capacity}");
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var reserved = await db.Set<Departure>()
                .Where(d => d.Id == request.DepartureId && d.Booked + units <= d.Capacity)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Booked, d => d.Booked + units), ct);
            if (reserved == 1)
            {
                var booking = Booking.Confirmed(request.DepartureId, units, dep.Unit, request.Cargo.ToString(), request.Reference, now);
                db.Add(booking);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return Result<Booking>.Success(booking);
            }

            var free = await db.Set<Departure>().Where(d => d.Id == request.DepartureId).Select(d => d.Capacity - d.Booked).SingleAsync(ct);
            if (request.WaitlistIfFull)
            {
                var waiting = Booking.Waitlisted(request.DepartureId, units, dep.Unit, request.Cargo.ToString(), request.Reference, now);
                db.Add(waiting);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return Result<Booking>.Success(waiting);
            }

            await tx.RollbackAsync(ct);
            return Result<Booking>.Failure($"not enough room: {request.Cargo} needs {units} {unitText} and {free} are free on {dep.ServiceCode} {dep.DepartsAt:yyyy-MM-dd HH:mm}");
        });
    }

    /// <summary>Cancels one of the acting organisation's bookings and releases what it held.</summary>
    public async Task<Result<Booking>> CancelAsync(Guid bookingId, CancellationToken ct = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var booking = await db.Set<Booking>().SingleOrDefaultAsync(b => b.Id == bookingId, ct);
            if (booking is null)
            {
                return Result<Booking>.Failure($"booking {bookingId} does not exist");
            }

            if (booking.Status == BookingStatus.Cancelled)
            {
                return Result<Booking>.Failure($"booking {bookingId} is already cancelled");
            }

            var release = booking.Cancel(clock.GetUtcNow());
            try
            {
                // Status is a concurrency token: a second cancel of the same booking finds it changed and fails here.
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Result<Booking>.Failure($"booking {bookingId} was changed by someone else; try again");
            }

            if (release > 0)
            {
                await db.Set<Departure>().Where(d => d.Id == booking.DepartureId)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.Booked, d => d.Booked - release), ct);
            }

            await tx.CommitAsync(ct);
            return Result<Booking>.Success(booking);
        });
    }

    /// <summary>The acting organisation's bookings on a departure, oldest first.</summary>
    public Task<List<Booking>> ForDepartureAsync(Guid departureId, CancellationToken ct = default) =>
        db.Set<Booking>().AsNoTracking().Where(b => b.DepartureId == departureId).OrderBy(b => b.Id).ToListAsync(ct);
}
