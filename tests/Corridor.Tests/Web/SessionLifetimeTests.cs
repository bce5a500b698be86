using Corridor.Organisations;
using Corridor.Storage;
using Corridor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Corridor.Tests.Web;

/// <summary>
/// A session lives at most <see cref="UserSession.MaxLifetime"/> however active its cookie is, and sessions past it are
/// deleted at the next sign-in, so the table does not grow without end (issue 21). Both databases.
/// </summary>
public sealed class SessionLifetimeTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Session_PastItsLifetime_IsRefused_AndDeletedAtTheNextSignIn(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Postgres && TestDatabase.PostgresServer is null)
        {
            Assert.Fail($"{TestDatabase.PostgresEnvironmentVariable} is not set (./test.sh starts PostgreSQL and sets it)");
        }

        await using var database = await TestDatabase.CreateAsync(provider);
        await Fixtures.MigrateAsync(database);
        var org = await Fixtures.OrganisationAsync(database, "LIFE");
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        await using var db = Fixtures.Context(database, org.Id);
        var actor = new ActorContext();
        actor.Set(org.Id, null, "test");
        var users = new UserAdministration(db, actor, clock);
        var user = (await users.AddUserAsync("lifetime@life.test", "Lifetime", Role.Analyst, "long-enough-password")).Value;

        var first = await users.StartSessionAsync(user);
        clock.Advance(UserSession.MaxLifetime - TimeSpan.FromMinutes(1));
        Assert.NotNull(await users.IdentityOfSessionAsync(first.Id));
        var second = await users.StartSessionAsync(user);

        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(await users.IdentityOfSessionAsync(first.Id));
        Assert.NotNull(await users.IdentityOfSessionAsync(second.Id));

        var third = await users.StartSessionAsync(user);
        var left = await db.UserSessions.AsNoTracking().Select(s => s.Id).ToListAsync();
        Assert.Equal([second.Id, third.Id], left.Order());
    }
}
