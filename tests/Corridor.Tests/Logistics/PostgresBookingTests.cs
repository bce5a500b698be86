using Corridor.Audit;
using Corridor.Logistics;
using Corridor.Storage;
using Corridor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Corridor.Tests.Logistics;

/// <summary>Bookings on PostgreSQL, where an accepted booking is one statement (<see cref="ConfirmedBookingStatement"/>, decision 013).</summary>
public sealed class PostgresBookingTests() : ReferenceNetworkTest(DatabaseProvider.Postgres)
{
    [PostgresFact]
    public async Task Book_ManyParallelClientsOnLastPlaces_NeverOversellsOnPostgres() =>
        await BookingConcurrency.RunAsync(Db, clients: 48, vehiclesEach: 10);

    [PostgresFact]
    public async Task Book_OnPostgres_StoresTheBookingWithTheAuditEntryTheInterceptorWrites()
    {
        var dep = await FerryAsync();
        // Whole seconds: the stored timestamps (microseconds) read back equal to the written ones.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 3, 0, 0, TimeSpan.Zero));
        var actor = new ActorContext();
        actor.Set(Db.OrganisationA, Guid.CreateVersion7(), "planner@a.test");

        Booking booking;
        await using (var ctx = Db.Factory.Create(actor))
        {
            var result = await new BookingService(ctx, clock).BookAsync(new BookingRequest(dep, Cargo.Vehicles(7), "AUDIT-1"));
            Assert.True(result.Succeeded, string.Join("; ", result.Errors));
            booking = result.Value;
            Assert.Equal(Db.OrganisationA, booking.OrganisationId);
            Assert.Empty(ctx.ChangeTracker.Entries());
        }

        await using var check = Db.Factory.Create(actor);
        var stored = await check.Set<Booking>().AsNoTracking().SingleAsync(b => b.Id == booking.Id);
        Assert.Equal((booking.DepartureId, booking.Quantity, booking.Unit, booking.CargoDescription, booking.Reference, booking.Status, booking.CreatedAt, booking.CancelledAt),
            (stored.DepartureId, stored.Quantity, stored.Unit, stored.CargoDescription, stored.Reference, stored.Status, stored.CreatedAt, stored.CancelledAt));
        Assert.Equal(7, await BookedAsync(dep));
        var written = await check.AuditLog.AsNoTracking().SingleAsync(a => a.EntityType == nameof(Booking) && a.EntityKey == booking.Id.ToString());
        Assert.Equal(booking.CreatedAt, written.At);

        // What the interceptor writes for the same booking saved through EF: remove the row, save the stored copy
        // again, read the entry that SaveChanges wrote, and roll all of it back.
        AuditEntry expected;
        await using (var ef = Db.Factory.Create(actor))
        {
            expected = await ef.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var tx = await ef.Database.BeginTransactionAsync();
                await ef.Set<Booking>().Where(b => b.Id == booking.Id).ExecuteDeleteAsync();
                ef.Add(await check.Set<Booking>().AsNoTracking().SingleAsync(b => b.Id == booking.Id));
                await ef.SaveChangesAsync();
                var entry = await ef.AuditLog.AsNoTracking().Where(a => a.EntityKey == booking.Id.ToString()).OrderByDescending(a => a.Id).FirstAsync();
                await tx.RollbackAsync();
                return entry;
            });
        }

        Assert.NotEqual(written.Id, expected.Id);
        Assert.Equal((expected.UserId, expected.Actor, expected.OrganisationId, expected.EntityType, expected.EntityKey, expected.Action, expected.Changes),
            (written.UserId, written.Actor, written.OrganisationId, written.EntityType, written.EntityKey, written.Action, written.Changes));
        Assert.Contains("\"Reference\":\"AUDIT-1\"", written.Changes, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task Book_WhenDepartureFullOnPostgres_IsRefusedWithReasonOrWaitlisted()
    {
        var dep = await FerryAsync();
        await using var ctx = Db.Context(Db.OrganisationA);
        var service = new BookingService(ctx, TimeProvider.System);
        Assert.True((await service.BookAsync(new BookingRequest(dep, Cargo.Vehicles(120), "A"))).Succeeded);

        var refused = await service.BookAsync(new BookingRequest(dep, Cargo.Vehicles(50), "B"));
        var waiting = await service.BookAsync(new BookingRequest(dep, Cargo.Vehicles(50), "C", WaitlistIfFull: true));
        var last = await service.BookAsync(new BookingRequest(dep, Cargo.Vehicles(30), "D"));

        Assert.False(refused.Succeeded);
        Assert.Contains("needs 50 vehicles and 30 are free", refused.Errors[0], StringComparison.Ordinal);
        Assert.Equal(BookingStatus.Waitlisted, waiting.Value.Status);
        Assert.True(last.Succeeded, string.Join("; ", last.Errors));
        await using var check = Db.Context(Db.OrganisationA);
        Assert.Equal(150, await BookedAsync(dep));
        Assert.Equal(new[] { "A", "C", "D" }, (await check.Set<Booking>().Where(b => b.DepartureId == dep).Select(b => b.Reference).ToListAsync()).Order());
        Assert.Equal(3, await check.AuditLog.CountAsync(a => a.EntityType == nameof(Booking)));
    }

    [PostgresFact]
    public async Task Book_DepartureRemovedAfterTheServiceSawItOnPostgres_IsNotFound()
    {
        var dep = await FerryAsync();
        await using var ctx = Db.Context(Db.OrganisationA);
        var service = new BookingService(ctx, TimeProvider.System);
        Assert.True((await service.TryBookAsync(new BookingRequest(dep, Cargo.Vehicles(151), "BIG"))).DepartureFound);
        await ctx.Set<Departure>().Where(d => d.Id == dep).ExecuteDeleteAsync();

        var gone = await service.TryBookAsync(new BookingRequest(dep, Cargo.Vehicles(1), "LATE"));

        Assert.False(gone.DepartureFound);
        Assert.Contains("does not exist", gone.Result.Errors[0], StringComparison.Ordinal);
        Assert.Equal(0, await ctx.Set<Booking>().IgnoreQueryFilters().CountAsync(b => b.DepartureId == dep));
        Assert.Equal(0, await ctx.AuditLog.CountAsync(a => a.EntityType == nameof(Booking)));
    }

    [PostgresFact]
    public async Task Book_WithoutOrganisationOnPostgres_IsRefusedAndTakesNoRoom()
    {
        var dep = await FerryAsync();
        await using var ctx = Db.Context();

        await Assert.ThrowsAsync<InvalidOperationException>(() => new BookingService(ctx, TimeProvider.System).BookAsync(new BookingRequest(dep, Cargo.Vehicles(1), "NOBODY")));

        Assert.Equal(0, await BookedAsync(dep));
    }
}
