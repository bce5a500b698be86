using System.Collections.Concurrent;
using Corridor.Logistics;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Tests.Logistics;

/// <summary>N clients, each with its own DbContext and connection, race for the last places of one departure.</summary>
internal static class BookingConcurrency
{
    /// <summary>A weekly Anzali-Makhachkala ro-ro sailing (150 vehicles) in 2027, safely in the future.</summary>
    public static async Task<Departure> FutureFerryAsync(Corridor.Storage.CorridorDbContext ctx) =>
        (await ctx.Set<Departure>().Where(x => x.ServiceCode == "ANZ-MKH-RORO").ToListAsync())
            .Where(x => x.DepartsAt.Year == 2027).MinBy(x => x.DepartsAt)!;

    public static async Task RunAsync(LogisticsDatabase db, int clients, int vehiclesEach)
    {
        Guid dep;
        int capacity;

        // One cache of departure facts for every client, as in a server process: the racers skip the read.
        var facts = new DepartureFacts();
        await using (var ctx = db.Context(db.OrganisationA))
        {
            var d = await FutureFerryAsync(ctx);
            (dep, capacity) = (d.Id, d.Capacity);

            // Leave only a few places so that most clients must lose: 150 - 120 = 30 free.
            Assert.True((await new BookingService(ctx, facts, TimeProvider.System).BookAsync(new BookingRequest(dep, Cargo.Vehicles(capacity - 30), "FILL"))).Succeeded);
        }

        var accepted = new ConcurrentBag<Guid>();
        var refused = 0;
        using var start = new ManualResetEventSlim(false);
        var tasks = Enumerable.Range(0, clients).Select(i => Task.Run(async () =>
        {
            start.Wait();
            await using var ctx = db.Context(db.OrganisationA);
            var result = await new BookingService(ctx, facts, TimeProvider.System).BookAsync(new BookingRequest(dep, Cargo.Vehicles(vehiclesEach), $"RACE-{i}"));
            if (result.Succeeded)
            {
                accepted.Add(result.Value.Id);
            }
            else
            {
                Interlocked.Increment(ref refused);
            }
        })).ToArray();
        start.Set();
        await Task.WhenAll(tasks);

        await using var check = db.Context(db.OrganisationA);
        var booked = await check.Set<Departure>().Where(x => x.Id == dep).Select(x => x.Booked).SingleAsync();
        var stored = await check.Set<Booking>().Where(b => b.DepartureId == dep && b.Status == BookingStatus.Confirmed).ToListAsync();
        var storedRace = stored.Where(b => b.Reference.StartsWith("RACE-", StringComparison.Ordinal)).ToList();

        Assert.True(booked <= capacity, $"oversold: {booked} > {capacity}");
        Assert.Equal(stored.Sum(b => b.Quantity), booked);
        Assert.Equal(accepted.Count * vehiclesEach, storedRace.Sum(b => b.Quantity));
        Assert.All(accepted, id => Assert.Contains(storedRace, b => b.Id == id));
        Assert.Equal(30 / vehiclesEach, accepted.Count);
        Assert.Equal(clients - accepted.Count, refused);
    }
}
