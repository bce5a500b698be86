using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Corridor.Tests.Storage;

/// <summary>Where the data lives, and the PostgreSQL connection settings Corridor adds when the string leaves them out.</summary>
public sealed class DatabaseLocationTests
{
    [Theory]
    [InlineData("Host=db.example;Database=corridor", DatabaseLocation.AutoPreparedStatements)]
    [InlineData("Host=db.example;Database=corridor;Max Auto Prepare=0", 0)]
    [InlineData("Host=db.example;Database=corridor;max auto prepare=7", 7)]
    [InlineData("host=db.example;database=corridor;MaxAutoPrepare=9", 9)]
    public void Postgres_MaxAutoPrepare_DefaultsOnlyWhenNotWritten(string connectionString, int expected)
    {
        var location = DatabaseLocation.Resolve(connectionString);

        Assert.Equal(DatabaseProvider.Postgres, location.Provider);
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(location.ConnectionString).MaxAutoPrepare);
        Assert.Equal("corridor", new NpgsqlConnectionStringBuilder(location.ConnectionString).Database);
    }

    /// <summary>
    /// The token look-up, which runs on every API request, is prepared on the server after a few uses on a connection
    /// (pg_prepared_statements of that session), instead of being parsed and planned every time.
    /// </summary>
    [PostgresFact]
    public async Task Postgres_RepeatedTokenLookUp_IsPreparedOnTheServer()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await Fixtures.MigrateAsync(database);
        var org = await Fixtures.OrganisationAsync(database, "PREP");
        await using var db = Fixtures.Context(database, org.Id);
        var actor = new ActorContext();
        actor.Set(org.Id, null, "test");
        var users = new UserAdministration(db, actor, TimeProvider.System);
        var user = (await users.AddUserAsync("prepared@prep.test", "Prepared", Role.Analyst, "long-enough-password")).Value;
        var secret = (await users.CreateTokenAsync(user, "prepared", expiresAt: null)).Secret;

        await db.Database.OpenConnectionAsync();
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(user.Id, (await users.IdentityOfTokenAsync(secret))!.UserId);
        }

        var prepared = await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();
        Assert.Contains(prepared, s => s.Contains("secret_hash", StringComparison.Ordinal));
    }
}
