using Corridor.Logistics;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Tests.Logistics;

/// <summary>A test class whose every test gets its own database on <paramref name="provider"/> with the reference network imported.</summary>
public abstract class ReferenceNetworkTest(DatabaseProvider provider) : IAsyncLifetime
{
    protected LogisticsDatabase Db { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Db = await LogisticsDatabase.CreateAsync(provider);
        await Db.ImportReferenceAsync();
    }

    public async Task DisposeAsync() => await Db.DisposeAsync();

    /// <summary>The first 2027 Anzali-Makhachkala ro-ro sailing (150 vehicles).</summary>
    protected async Task<Guid> FerryAsync()
    {
        await using var ctx = Db.Context();
        return (await BookingConcurrency.FutureFerryAsync(ctx)).Id;
    }

    protected async Task<int> BookedAsync(Guid dep)
    {
        await using var ctx = Db.Context();
        return await ctx.Set<Departure>().Where(d => d.Id == dep).Select(d => d.Booked).SingleAsync();
    }
}
