using Corridor.Common;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Corridor.Logistics;

/// <summary>A request to reserve room for <see cref="Cargo"/> on one departure.</summary>
public sealed record BookingRequest(Guid DepartureId, Cargo Cargo, string Reference, bool WaitlistIfFull = false)
{
    /// <summary>
    /// The one check of booking input, for the API and the departure page alike: exactly one of a positive number of
    /// vehicles or of tonnes (an error on the quantity given, else on <c>vehicles</c>), and a reference as
    /// <see cref="Booking"/> takes it (required, trimmed, at most <see cref="Booking.ReferenceMaxLength"/> characters).
    /// </summary>
    public static FieldResult<BookingRequest> From(Guid departureId, int? vehicles, decimal? tonnes, string? reference, bool waitlistIfFull)
    {
        if ((vehicles is null) == (tonnes is null) || vehicles is <= 0 || tonnes is <= 0)
        {
            return FieldResult<BookingRequest>.Failure(vehicles is null && tonnes is not null ? "tonnes" : "vehicles", "give a positive number of vehicles or tonnes");
        }

        if (string.IsNullOrWhiteSpace(reference))
        {
            return FieldResult<BookingRequest>.Failure("reference", "a reference is required");
        }

        if (reference.Trim().Length > Booking.ReferenceMaxLength)
        {
            return FieldResult<BookingRequest>.Failure("reference", $"reference is longer than {Booking.ReferenceMaxLength} characters.");
        }

        var cargo = vehicles is { } v ? Cargo.Vehicles(v) : Cargo.Tonnes(tonnes!.Value);
        return FieldResult<BookingRequest>.Success(new BookingRequest(departureId, cargo, reference.Trim(), waitlistIfFull));
    }
}

/// <summary>What became of a booking request: the stored booking or the reasons it was refused; <see cref="DepartureFound"/> is false when there is no such departure.</summary>
public sealed record BookingAttempt(Result<Booking> Result, bool DepartureFound);

/// <summary>
/// Books and cancels room on departures. The room itself is taken and given back by <see cref="CapacityLedger"/> (one
/// conditional UPDATE) in the same transaction as the booking insert, so concurrent requests, also from several server
/// processes on one database, can never oversell a departure; a check constraint on the table backs this up.
/// </summary>
public sealed class BookingService(CorridorDbContext db, DepartureFacts facts, TimeProvider clock)
{
    /// <summary>A service with a cache of departure facts of its own (the command line, tests).</summary>
    public BookingService(CorridorDbContext db, TimeProvider clock)
        : this(db, new DepartureFacts(), clock)
    {
    }

    public async Task<Result<Booking>> BookAsync(BookingRequest request, CancellationToken ct = default) => (await TryBookAsync(request, ct)).Result;

    /// <summary>As <see cref="BookAsync"/>, telling a missing departure apart from a refusal without a query of its own.</summary>
    /// <remarks>
    /// On a departure this process has seen before (<see cref="DepartureFacts"/>), an accepted booking takes one round
    /// trip on PostgreSQL (<see cref="ConfirmedBookingStatement"/>) and three on SQLite: the conditional update (which
    /// opens the transaction), the insert of the booking with its audit row, and the commit. Only a refusal reads the
    /// departure, to give the reason.
    /// </remarks>
    public async Task<BookingAttempt> TryBookAsync(BookingRequest request, CancellationToken ct = default)
    {
        var attempt = await AttemptAsync(request, ct);
        CorridorMetrics.Booked(attempt.Result.Succeeded);
        return attempt;
    }

    private async Task<BookingAttempt> AttemptAsync(BookingRequest request, CancellationToken ct)
    {
        if (!facts.TryGet(request.DepartureId, out var fact))
        {
            var read = await db.Set<Departure>().AsNoTracking().Where(d => d.Id == request.DepartureId)
                .Select(d => new DepartureFacts.Fact(d.Unit, d.DepartsAt, d.ServiceCode)).SingleOrDefaultAsync(ct);
            if (read is null)
            {
                return NotFound();
            }

            facts.Remember(request.DepartureId, fact = read);
        }

        var now = clock.GetUtcNow();
        if (fact.DepartsAt <= now)
        {
            return Refused($"departure {fact.ServiceCode} {fact.DepartsAt:yyyy-MM-dd HH:mm} has already left");
        }

        var units = request.Cargo.UnitsOn(fact.Unit);
        var ledger = new CapacityLedger(db);
        if (ledger.HasOneStatementPath)
        {
            // One statement takes the room and stores the booking with its audit row (decision 013). When it stores
            // nothing, the transaction below tries again and, if there is still no room, says why.
            var confirmed = Booking.Confirmed(request.DepartureId, units, fact.Unit, request.Cargo.ToString(), request.Reference, now);
            if (await ledger.TryStoreConfirmedAsync(confirmed, ct))
            {
                return new BookingAttempt(Result<Booking>.Success(confirmed), DepartureFound: true);
            }
        }

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);

            // A failure anywhere rolls the whole transaction back, so SaveChanges needs no savepoint of its own
            // (SAVEPOINT and RELEASE: two round trips fewer per booking).
            var savepoints = db.Database.AutoSavepointsEnabled;
            db.Database.AutoSavepointsEnabled = false;
            try
            {
                return await ReserveAsync(tx);
            }
            finally
            {
                db.Database.AutoSavepointsEnabled = savepoints;
            }
        });

        async Task<BookingAttempt> ReserveAsync(IDbContextTransaction tx)
        {
            var confirmed = Booking.Confirmed(request.DepartureId, units, fact.Unit, request.Cargo.ToString(), request.Reference, now);
            if (await ledger.TryBookAsync(confirmed, ct))
            {
                return await StoreAsync(tx, confirmed);
            }

            var room = await db.Set<Departure>().Where(d => d.Id == request.DepartureId).Select(d => new { d.Capacity, d.Booked }).SingleOrDefaultAsync(ct);
            if (room is null)
            {
                await tx.RollbackAsync(ct);
                facts.Forget(request.DepartureId);
                return NotFound();
            }

            var unitText = fact.Unit.ToString().ToLowerInvariant();
            if (units > room.Capacity)
            {
                await tx.RollbackAsync(ct);
                return Refused($"{request.Cargo} needs {units} {unitText}, more than the departure's whole capacity of {room.Capacity}");
            }

            if (request.WaitlistIfFull)
            {
                var waiting = Booking.Waitlisted(request.DepartureId, units, fact.Unit, request.Cargo.ToString(), request.Reference, now);
                db.Add(waiting);
                return await StoreAsync(tx, waiting);
            }

            await tx.RollbackAsync(ct);
            return Refused($"not enough room: {request.Cargo} needs {units} {unitText} and {room.Capacity - room.Booked} are free on {fact.ServiceCode} {fact.DepartsAt:yyyy-MM-dd HH:mm}");
        }

        async Task<BookingAttempt> StoreAsync(IDbContextTransaction tx, Booking booking)
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new BookingAttempt(Result<Booking>.Success(booking), DepartureFound: true);
        }

        BookingAttempt NotFound() => new(Result<Booking>.Failure($"departure {request.DepartureId} does not exist"), DepartureFound: false);

        static BookingAttempt Refused(string reason) => new(Result<Booking>.Failure(reason), DepartureFound: true);
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

            await new CapacityLedger(db).ReleaseAsync(booking.DepartureId, release, ct);
            await tx.CommitAsync(ct);
            return Result<Booking>.Success(booking);
        });
    }

    /// <summary>The acting organisation's bookings on a departure, oldest first.</summary>
    public Task<List<Booking>> ForDepartureAsync(Guid departureId, CancellationToken ct = default) =>
        db.Set<Booking>().AsNoTracking().Where(b => b.DepartureId == departureId).OrderBy(b => b.Id).ToListAsync(ct);
}
