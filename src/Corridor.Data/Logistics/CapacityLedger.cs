using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Logistics;

/// <summary>
/// The one place where room on a departure is taken and given back, for bookings made on their own
/// (<see cref="BookingService"/>) and for those an order confirmation makes (Trade's OrderService). Room is taken with
/// one conditional UPDATE (<c>booked = booked + n WHERE id = … AND booked + n &lt;= capacity</c>), so concurrent takers,
/// also in several server processes on one database, wait for the row lock and re-check against the latest row and can
/// never oversell; the check constraint on <c>departures</c> backs this up. Releasing subtracts what a booking held.
/// </summary>
/// <remarks>
/// <see cref="TryTakeAsync"/> and <see cref="ReleaseAsync"/> belong inside the caller's transaction, next to the write
/// of the booking, so that a failure later in that transaction gives the room back. Outside a transaction on PostgreSQL,
/// <see cref="TryStoreConfirmedAsync"/> does the take and the booking's insert (with its audit row) in one statement
/// (<see cref="ConfirmedBookingStatement"/>, decision 013).
/// </remarks>
public sealed class CapacityLedger(CorridorDbContext db)
{
    /// <summary>True when <see cref="TryStoreConfirmedAsync"/> can be used: PostgreSQL, and no transaction open on the context.</summary>
    public bool HasOneStatementPath => db.Provider == DatabaseProvider.Postgres && db.Database.CurrentTransaction is null;

    /// <summary>
    /// Takes <paramref name="units"/> of the departure's room if they fit; false when they do not or the departure does
    /// not exist (nothing is changed then).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is not positive.</exception>
    public async Task<bool> TryTakeAsync(Guid departureId, int units, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        var taken = await db.Set<Departure>()
            .Where(d => d.Id == departureId && d.Booked + units <= d.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Booked, d => d.Booked + units), ct);
        return taken == 1;
    }

    /// <summary>Takes the room a new confirmed <paramref name="booking"/> needs and, if it fits, adds the booking to the context (saved with the caller's SaveChanges).</summary>
    public async Task<bool> TryBookAsync(Booking booking, CancellationToken ct = default)
    {
        RequireConfirmed(booking);
        if (!await TryTakeAsync(booking.DepartureId, booking.Quantity, ct))
        {
            return false;
        }

        db.Add(booking);
        return true;
    }

    /// <summary>
    /// PostgreSQL outside a transaction: takes the room and stores the new confirmed <paramref name="booking"/> with its
    /// audit row in one statement; false when it did not fit or the departure does not exist (nothing is stored then).
    /// </summary>
    /// <exception cref="InvalidOperationException">Not <see cref="HasOneStatementPath"/>, or no organisation is selected.</exception>
    public Task<bool> TryStoreConfirmedAsync(Booking booking, CancellationToken ct = default)
    {
        RequireConfirmed(booking);
        return ConfirmedBookingStatement.TryStoreAsync(db, booking, ct);
    }

    /// <summary>Gives back <paramref name="units"/> of the departure's room (what a booking held).</summary>
    public async Task ReleaseAsync(Guid departureId, int units, CancellationToken ct = default)
    {
        if (units <= 0)
        {
            return;
        }

        await db.Set<Departure>().Where(d => d.Id == departureId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Booked, d => d.Booked - units), ct);
    }

    /// <summary>Cancels a tracked <paramref name="booking"/> and gives back the room it held (none for a waitlisted one).</summary>
    /// <exception cref="InvalidOperationException">The booking is already cancelled.</exception>
    public async Task CancelAsync(Booking booking, DateTimeOffset at, CancellationToken ct = default) =>
        await ReleaseAsync(booking.DepartureId, booking.Cancel(at), ct);

    private static void RequireConfirmed(Booking booking)
    {
        if (booking.Status != BookingStatus.Confirmed)
        {
            throw new ArgumentException("only a confirmed booking takes room on its departure.", nameof(booking));
        }
    }
}
