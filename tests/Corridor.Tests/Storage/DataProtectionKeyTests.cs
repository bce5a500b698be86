using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Storage;

/// <summary>
/// The key ring that encrypts sign-in cookies is kept in the database: what one server process protects, another one
/// on the same database (or the same one after a restart) can read. Two service providers stand for two processes.
/// </summary>
public abstract class DataProtectionKeyTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        await Fixtures.MigrateAsync(_db);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task KeyRing_WrittenByOneProcess_IsReadByAnother()
    {
        await using var first = Process();
        var secret = first.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("signed in as planner@demo.test");

        await using (var scope = first.CreateAsyncScope())
        {
            var keys = await scope.ServiceProvider.GetRequiredService<CorridorDbContext>().DataProtectionKeys.ToListAsync();
            var key = Assert.Single(keys);
            Assert.True(key.Xml!.Length > 400, $"a key's XML is {key.Xml.Length} characters"); // longer than the default column
        }

        await using var second = Process();
        Assert.Equal("signed in as planner@demo.test", second.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(secret));
    }

    private ServiceProvider Process()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCorridorStorage(_ => _db.Location);
        CorridorWebApp.AddSharedKeyRing(services);
        return services.BuildServiceProvider();
    }
}

public sealed class SqliteDataProtectionKeyTests() : DataProtectionKeyTests(DatabaseProvider.Sqlite);

public sealed class PostgresDataProtectionKeyTests() : DataProtectionKeyTests(DatabaseProvider.Postgres);
