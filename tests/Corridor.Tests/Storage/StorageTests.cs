using System.Text.Json;
using Corridor.Catalog;
using Corridor.Common;
using Corridor.Storage;
using Corridor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Corridor.Tests.Storage;

/// <summary>The storage guarantees, run against each provider by the subclasses below.</summary>
public abstract class StorageTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private Guid _orgA;
    private Guid _orgB;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        await Fixtures.MigrateAsync(_db);
        _orgA = (await Fixtures.OrganisationAsync(_db, "ORGA")).Id;
        _orgB = (await Fixtures.OrganisationAsync(_db, "ORGB")).Id;
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static Maker NewMaker(string code) => new(code, $"Maker {code}", CountryCode.Parse("IR"), "test");

    [Fact]
    public async Task Query_OtherOrganisationsRows_AreInvisible()
    {
        await using (var a = Fixtures.Context(_db, _orgA))
        {
            a.Makers.Add(NewMaker("IKCO"));
            await a.SaveChangesAsync();
        }

        await using (var b = Fixtures.Context(_db, _orgB))
        {
            b.Makers.Add(NewMaker("SAIPA"));
            await b.SaveChangesAsync();
        }

        await using var asA = Fixtures.Context(_db, _orgA);
        Assert.Equal(["IKCO"], await asA.Makers.Select(m => m.Code).ToListAsync());
        await using var asNobody = Fixtures.Context(_db, null);
        Assert.Empty(await asNobody.Makers.ToListAsync());
        Assert.Equal(2, await asNobody.Makers.IgnoreQueryFilters().CountAsync());
    }

    [Fact]
    public async Task PooledContext_NextUse_ActsOnlyForItsNewActor()
    {
        var factory = new CorridorDbContextFactory(_db.Location, TimeProvider.System);
        var actorA = new ActorContext();
        actorA.Set(_orgA, null, "user of A");
        var actorB = new ActorContext();
        actorB.Set(_orgB, null, "user of B");

        var first = factory.Create(actorA);
        first.Makers.Add(NewMaker("IKCO"));
        await first.SaveChangesAsync();
        first.Makers.Add(NewMaker("UNSAVED")); // still tracked when the context goes back to the pool
        await first.DisposeAsync();
        Assert.Null(first.Actor.OrganisationId);

        await using var second = factory.Create(actorB);
        Assert.Same(first, second); // the pool handed the same context out again
        Assert.Same(actorB, second.Actor);
        Assert.Empty(second.ChangeTracker.Entries());
        Assert.Empty(await second.Makers.ToListAsync());
        second.Makers.Add(NewMaker("SAIPA"));
        await second.SaveChangesAsync();

        await using var check = Fixtures.Context(_db, null);
        var owners = await check.Makers.IgnoreQueryFilters().ToDictionaryAsync(m => m.Code, m => m.OrganisationId);
        Assert.Equal(new Dictionary<string, Guid> { ["IKCO"] = _orgA, ["SAIPA"] = _orgB }, owners);
        var audit = await check.AuditLog.IgnoreQueryFilters().Where(e => e.EntityType == nameof(Maker)).Select(e => new { e.Actor, e.OrganisationId }).ToListAsync();
        Assert.Equal([("user of A", (Guid?)_orgA), ("user of B", _orgB)], audit.Select(e => (e.Actor, e.OrganisationId)).Order());
    }

    /// <summary>
    /// A NUL byte in a text and a decimal with more digits before the point than its column holds are refused by name
    /// before anything is written, on SQLite (which would store both) as on PostgreSQL (which would refuse both with a
    /// message naming no field).
    /// </summary>
    [Fact]
    public async Task Save_NulByteOrDecimalBeyondItsColumn_IsRefusedByNameOnEveryProvider()
    {
        await using (var a = Fixtures.Context(_db, _orgA))
        {
            var maker = NewMaker("NUL");
            a.Makers.Add(maker);
            a.Entry(maker).Property(m => m.Name).CurrentValue = "Maker\0NUL";
            var refused = await Assert.ThrowsAsync<InvalidStoredValueException>(() => a.SaveChangesAsync());
            Assert.Equal(("Maker", "Name"), (refused.Entity, refused.Property));
        }

        await using (var shared = Fixtures.Context(_db))
        {
            // numeric(28,12): 16 digits before the point; 10^16 has 17.
            shared.Add(new Corridor.Trade.ExchangeRate(Currency.USD, Currency.EUR, new DateOnly(2027, 1, 4), 10_000_000_000_000_000m, "test", null));
            var refused = await Assert.ThrowsAsync<InvalidStoredValueException>(() => shared.SaveChangesAsync());
            Assert.Equal(("ExchangeRate", "Rate"), (refused.Entity, refused.Property));
        }

        await using (var shared = Fixtures.Context(_db))
        {
            shared.Add(new Corridor.Trade.ExchangeRate(Currency.USD, Currency.EUR, new DateOnly(2027, 1, 4), 9_999_999_999_999_999.5m, "test", null));
            await shared.SaveChangesAsync(); // 16 digits before the point fit
        }

        await using var read = Fixtures.Context(_db, _orgA);
        Assert.False(await read.Makers.AnyAsync(m => m.Code == "NUL"));
        Assert.Equal(1, await read.Set<Corridor.Trade.ExchangeRate>().CountAsync());
    }

    /// <summary>
    /// The domain's constructors keep text within bounds; the interceptor is the net behind them for any write that
    /// bypasses a constructor: a value longer than its column is refused by name before anything is written, on SQLite
    /// (which would store it) as on PostgreSQL (which would refuse it without naming the field).
    /// </summary>
    [Fact]
    public async Task Save_TextLongerThanItsColumn_IsRefusedByNameOnEveryProvider()
    {
        var nameColumn = new string('N', 400); // the convention's maximum for text columns
        await using (var a = Fixtures.Context(_db, _orgA))
        {
            var ikco = NewMaker("IKCO");
            a.Makers.Add(ikco);
            a.Entry(ikco).Property(m => m.Name).CurrentValue = nameColumn;
            await a.SaveChangesAsync(); // exactly the maximum is stored

            a.Entry(ikco).Property(m => m.Name).CurrentValue = nameColumn + "N";
            var changed = await Assert.ThrowsAsync<ValueTooLongException>(() => a.SaveChangesAsync());
            Assert.Equal(("Maker", "Name", 401, 400), (changed.Entity, changed.Property, changed.Length, changed.MaxLength));
        }

        await using (var a = Fixtures.Context(_db, _orgA))
        {
            var saipa = NewMaker("SAIPA");
            a.Makers.Add(saipa);
            a.Entry(saipa).Property(m => m.Name).CurrentValue = nameColumn + "N";
            await Assert.ThrowsAsync<ValueTooLongException>(() => a.SaveChangesAsync());
        }

        await using var read = Fixtures.Context(_db, _orgA);
        Assert.Equal([("IKCO", 400)], (await read.Makers.ToListAsync()).Select(m => (m.Code, m.Name.Length)));
        Assert.Equal(1, await read.AuditLog.CountAsync(e => e.EntityType == nameof(Maker)));
    }

    [Fact]
    public async Task Save_NewRow_IsStampedWithActingOrganisation()
    {
        await using var a = Fixtures.Context(_db, _orgA);
        var maker = NewMaker("IKCO");
        a.Makers.Add(maker);
        await a.SaveChangesAsync();
        Assert.Equal(_orgA, maker.OrganisationId);
    }

    [Fact]
    public async Task Save_ChangeToOtherOrganisationsRow_IsRefusedAndNothingWritten()
    {
        await using (var b = Fixtures.Context(_db, _orgB))
        {
            b.Makers.Add(NewMaker("SAIPA"));
            await b.SaveChangesAsync();
        }

        await using (var a = Fixtures.Context(_db, _orgA))
        {
            var theirs = await a.Makers.IgnoreQueryFilters().SingleAsync(m => m.Code == "SAIPA");
            theirs.UpdateFrom(new Maker("SAIPA", "Hijacked", CountryCode.Parse("RU"), "x"));
            await Assert.ThrowsAsync<InvalidOperationException>(() => a.SaveChangesAsync());
        }

        await using var check = Fixtures.Context(_db, _orgB);
        Assert.Equal("Maker SAIPA", (await check.Makers.SingleAsync()).Name);
    }

    [Fact]
    public async Task Save_WithoutOrganisation_RefusesOwnedRows()
    {
        await using var nobody = Fixtures.Context(_db, null);
        nobody.Makers.Add(NewMaker("IKCO"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => nobody.SaveChangesAsync());
    }

    [Fact]
    public async Task Save_EveryWrite_IsAuditedWithActorTimeAndChanges()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 2, 1, 9, 30, 0, TimeSpan.Zero));
        await using (var a = Fixtures.Context(_db, _orgA, clock, actor: "manager@a.test"))
        {
            var maker = NewMaker("IKCO");
            a.Makers.Add(maker);
            await a.SaveChangesAsync();
            clock.Advance(TimeSpan.FromMinutes(5));
            maker.UpdateFrom(new Maker("IKCO", "Iran Khodro", CountryCode.Parse("IR"), "test"));
            await a.SaveChangesAsync();
            a.Makers.Remove(maker);
            await a.SaveChangesAsync();
        }

        await using var read = Fixtures.Context(_db, _orgA);
        var entries = await read.AuditLog.Where(e => e.EntityType == nameof(Maker)).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["added", "modified", "deleted"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("manager@a.test", e.Actor));
        Assert.All(entries, e => Assert.Equal(_orgA, e.OrganisationId));
        Assert.Equal(clock.GetUtcNow().AddMinutes(-5), entries[0].At);
        using var modified = JsonDocument.Parse(entries[1].Changes);
        Assert.Equal("Maker IKCO", modified.RootElement.GetProperty("Name").GetProperty("old").GetString());
        Assert.Equal("Iran Khodro", modified.RootElement.GetProperty("Name").GetProperty("new").GetString());
        Assert.False(modified.RootElement.TryGetProperty("Country", out _));
    }

    [Fact]
    public async Task Save_AuditLogEntry_CannotBeChanged()
    {
        await using (var a = Fixtures.Context(_db, _orgA))
        {
            a.Makers.Add(NewMaker("IKCO"));
            await a.SaveChangesAsync();
        }

        await using var b = Fixtures.Context(_db, _orgA);
        var entry = await b.AuditLog.FirstAsync();
        b.AuditLog.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => b.SaveChangesAsync());
    }

    [Fact]
    public async Task Save_SameCodeInTwoOrganisations_IsAllowedButNotTwiceInOne()
    {
        foreach (var org in new[] { _orgA, _orgB })
        {
            await using var ctx = Fixtures.Context(_db, org);
            ctx.Makers.Add(NewMaker("IKCO"));
            await ctx.SaveChangesAsync();
        }

        await using var again = Fixtures.Context(_db, _orgA);
        again.Makers.Add(NewMaker("IKCO"));
        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    [Fact]
    public async Task Migrate_Twice_IsANoOp()
    {
        await using var db = Fixtures.Context(_db);
        Assert.Empty(await DatabaseMigrator.MigrateAsync(db));
    }

    [Fact]
    public async Task Decimal_MoneyAmounts_RoundTripExactly()
    {
        await using (var a = Fixtures.Context(_db, _orgA))
        {
            var maker = NewMaker("IKCO");
            a.Makers.Add(maker);
            await a.SaveChangesAsync();
            a.VehicleModels.Add(new VehicleModel(maker.Id, "SAMAND", "Samand", VehicleCategory.M1, 1645, FuelType.Petrol, EmissionClass.Euro4, 1250,
                HsCode.Parse("8703.23"), Money.Of(123_456_789_012.345678m, "IRR"), "test"));
            await a.SaveChangesAsync();
        }

        await using var read = Fixtures.Context(_db, _orgA);
        Assert.Equal(123_456_789_012.345678m, (await read.VehicleModels.SingleAsync()).ListPriceAmount);
    }
}

public sealed class SqliteStorageTests() : StorageTests(DatabaseProvider.Sqlite);

public sealed class PostgresStorageTests() : StorageTests(DatabaseProvider.Postgres);
