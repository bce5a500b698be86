namespace Corridor.Tests.Logistics;

public sealed class PostgresBookingTests
{
    [Fact]
    public async Task Book_ManyParallelClientsOnLastPlaces_NeverOversellsOnPostgres()
    {
        if (LogisticsDatabase.PostgresConnection is null)
        {
            return; // CORRIDOR_TEST_POSTGRES unset: the provider suite is not running.
        }

        await using var db = await LogisticsDatabase.PostgresAsync();
        await db.ImportReferenceAsync();
        await BookingConcurrency.RunAsync(db, clients: 48, vehiclesEach: 10);
    }
}
