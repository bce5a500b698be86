using Corridor.Storage;
using Corridor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Corridor.Tests.Operations;

/// <summary>
/// On PostgreSQL a transient failure is retried by Npgsql's execution strategy (issue 17): a pooled connection whose
/// server process was terminated (a restart, a failover, a proxy closing idle connections) costs one retry, not an error.
/// </summary>
public sealed class PostgresRetryTests : IAsyncLifetime
{
    private TestDatabase? _db;

    public async Task InitializeAsync()
    {
        if (TestDatabase.PostgresServer is not null)
        {
            _db = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
            await Fixtures.MigrateAsync(_db);
        }
    }

    public async Task DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }
    }

    [PostgresFact]
    public async Task Query_OnAConnectionTheServerKilled_IsRetriedAndAnswers()
    {
        await using var ctx = Fixtures.Context(_db!);
        Assert.True(ctx.Database.CreateExecutionStrategy().RetriesOnFailure);
        var before = await ctx.Organisations.CountAsync();

        // Every server process of this database but ours ends, as in a restart: the pool's idle connection is now dead.
        var killed = await TerminateOtherBackendsAsync();
        Assert.True(killed > 0, "the pooled connection was expected to be open on the server");

        Assert.Equal(before, await ctx.Organisations.CountAsync());
    }

    [PostgresFact]
    public async Task Query_OnAKilledConnection_WithoutTheStrategy_Fails()
    {
        // The same failure, seen through a plain Npgsql data source: what the strategy saves the caller from.
        await using var source = NpgsqlDataSource.Create(_db!.Location.ConnectionString);
        await using (var warm = await source.OpenConnectionAsync())
        {
            await new NpgsqlCommand("SELECT 1", warm).ExecuteScalarAsync();
        }

        await TerminateOtherBackendsAsync();
        await using var connection = await source.OpenConnectionAsync();
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => new NpgsqlCommand("SELECT 1", connection).ExecuteScalarAsync());
        Assert.True(failure is NpgsqlException { IsTransient: true } || failure.InnerException is NpgsqlException { IsTransient: true }, failure.ToString());
    }

    private async Task<int> TerminateOtherBackendsAsync()
    {
        var admin = new NpgsqlConnectionStringBuilder(_db!.Location.ConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var kill = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        return Convert.ToInt32(await kill.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
