using Corridor.Logistics;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Corridor.Tests.Logistics;

public sealed class BookingTests() : ReferenceNetworkTest(DatabaseProvider.Sqlite)
{
    [Fact]
    public async Task Book_WhenRoomIsLeft_ReservesAndStores()
    {
        var dep = await FerryAsync();
        await using var ctx = Db.Context(Db.OrganisationA);
        var result = await new BookingService(ctx, TimeProvider.System).BookAsync(new BookingRequest(dep, Cargo.Vehicles(100), "SHIP-1"));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(BookingStatus.Confirmed, result.Value.Status);
        Assert.Equal(100, await BookedAsync(dep));
    }

    [Fact]
    public async Task Book_WhenDepartureFull_IsRefusedWithReason()
    {
        var dep = await FerryAsync();
        await using var ctx = Db.Context(Db.OrganisationA);
        var service = new BookingService(ctx, TimeProvider.System);
        Assert.True((await service.BookAsync(new BookingRequest(dep, Cargo.Vehicles(120), "A"))).Succeeded);

        var refused = await service.BookAsync(new BookingRequest(dep, Cargo.Vehicles(50), "B"));

        Assert.False(refused.Succeeded);
        Assert.Contains("needs 50 vehicles and 30 are free", refused.Errors[0], StringComparison.Ordinal);
        Assert.Equal(120, await BookedAsync(dep));
    }

    [Fact]
    public async Task Book_WhenFullAndWaitlistAsked_IsWaitlistedAndHoldsNothing()
    {
        var dep = await FerryAsync();
        await using var ctx = Db.Context(Db.OrganisationA);
        var service = new BookingService(ctx, TimeProvider.System);
        await service.BookAsync(new BookingRequest(dep, Cargo.Vehicles(150), "A"));

        var waiting = await service.BookAsync(new BookingRequest(dep, Cargo.Vehicles(10), "B", WaitlistIfFull: true));

        Assert.Equal(BookingStatus.Waitlisted, waiting.Value.Status);
        Assert.Equal(150, await BookedAsync(dep));
    }

    [Fact]
    public async Task Cancel_ReleasesCapacity_AndTwiceIsRefused()
    {
        var dep = await FerryAsync();
        await using var ctx = Db.Context(Db.OrganisationA);
        var service = new BookingService(ctx, TimeProvider.System);
        var booking = (await service.BookAsync(new BookingRequest(dep, Cargo.Vehicles(40), "A"))).Value;

        Assert.True((await service.CancelAsync(booking.Id)).Succeeded);
        Assert.Equal(0, await BookedAsync(dep));
        Assert.False((await service.CancelAsync(booking.Id)).Succeeded);
        Assert.Equal(0, await BookedAsync(dep));
    }

    [Fact]
    public async Task Cancel_AnotherOrganisationsBooking_IsNotFound()
    {
        var dep = await FerryAsync();
        Guid id;
        await using (var a = Db.Context(Db.OrganisationA))
        {
            id = (await new BookingService(a, TimeProvider.System).BookAsync(new BookingRequest(dep, Cargo.Vehicles(10), "A"))).Value.Id;
        }

        await using var b = Db.Context(Db.OrganisationB);
        var result = await new BookingService(b, TimeProvider.System).CancelAsync(id);

        Assert.False(result.Succeeded);
        Assert.Contains("does not exist", result.Errors[0], StringComparison.Ordinal);
        Assert.Equal(10, await BookedAsync(dep));
    }

    [Fact]
    public async Task Book_DepartureThatHasLeft_IsRefusedAndHoldsNothing()
    {
        var dep = await FerryAsync();
        await using var ctx = Db.Context(Db.OrganisationA);
        var departs = await ctx.Set<Departure>().Where(d => d.Id == dep).Select(d => d.DepartsAt).SingleAsync();

        var result = await new BookingService(ctx, new FakeTimeProvider(departs.AddMinutes(1))).BookAsync(new BookingRequest(dep, Cargo.Vehicles(1), "LATE"));

        Assert.False(result.Succeeded);
        Assert.Contains("has already left", result.Errors[0], StringComparison.Ordinal);
        Assert.Equal(0, await BookedAsync(dep));
    }

    [Fact]
    public async Task Book_DepartureRemovedAfterTheServiceSawIt_IsNotFound()
    {
        await using var ctx = Db.Context(Db.OrganisationA);
        var dep = (await ctx.Set<Departure>().Where(d => d.ServiceCode == "ANZ-MKH-RORO").ToListAsync()).Where(d => d.DepartsAt.Year == 2027).OrderBy(d => d.DepartsAt).Skip(1).First().Id;
        var service = new BookingService(ctx, TimeProvider.System);

        // Too big for the whole departure: refused, nothing written, but the service now knows the departure.
        var tooBig = await service.TryBookAsync(new BookingRequest(dep, Cargo.Vehicles(151), "BIG"));
        Assert.True(tooBig.DepartureFound);
        Assert.Contains("more than the departure's whole capacity of 150", tooBig.Result.Errors[0], StringComparison.Ordinal);
        await ctx.Set<Departure>().Where(d => d.Id == dep).ExecuteDeleteAsync();

        var gone = await service.TryBookAsync(new BookingRequest(dep, Cargo.Vehicles(1), "LATE"));

        Assert.False(gone.DepartureFound);
        Assert.Contains("does not exist", gone.Result.Errors[0], StringComparison.Ordinal);
        Assert.Equal(0, await ctx.Set<Booking>().CountAsync(b => b.DepartureId == dep));
    }

    [Fact]
    public async Task Book_ManyParallelClientsOnLastPlaces_NeverOversellsOnSqlite() =>
        await BookingConcurrency.RunAsync(Db, clients: 24, vehiclesEach: 10);
}
