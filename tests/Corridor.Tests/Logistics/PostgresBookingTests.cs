using Corridor.Tests.Support;

namespace Corridor.Tests.Logistics;

public sealed class PostgresBookingTests
{
    [PostgresFact]
    public async Task Book_ManyParallelClientsOnLastPlaces_NeverOversellsOnPostgres()
    {
        await using var db = await LogisticsDatabase.PostgresAsync();
        await db.ImportReferenceAsync();
        await BookingConcurrency.RunAsync(db, clients: 48, vehiclesEach: 10);
    }
}
