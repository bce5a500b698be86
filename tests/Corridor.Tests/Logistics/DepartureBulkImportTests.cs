using System.Text.Json;
using Corridor.Audit;
using Corridor.Logistics;
using Corridor.Storage;
using Corridor.Tests.Support;
using Corridor.Trade;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Tests.Logistics;

/// <summary>
/// New departures are written in bulk (one prepared statement, decision 011). What is stored must be exactly what
/// the timetable says, read back through EF like any other row, on both providers; the write is audited once per
/// service; rows that must go through the change tracker are refused.
/// </summary>
public sealed class DepartureBulkImportTests
{
    [Fact]
    public Task Import_StoresEveryTimetableDepartureExactly_OnSqlite() => StoresEveryTimetableDepartureExactlyAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    public Task Import_StoresEveryTimetableDepartureExactly_OnPostgres() => StoresEveryTimetableDepartureExactlyAsync(DatabaseProvider.Postgres);

    [Fact]
    public async Task BulkInsert_OrganisationOwnedRows_AreRefused()
    {
        await using var db = await LogisticsDatabase.SqliteAsync();
        await using var ctx = db.Context(db.OrganisationA);
        await using var tx = await ctx.Database.BeginTransactionAsync();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => BulkInsert.InsertAsync(ctx, Array.Empty<Target>(), default));

        Assert.Contains(nameof(Target), refused.Message);
    }

    [Fact]
    public async Task BulkInsert_OutsideATransaction_IsRefused()
    {
        await using var db = await LogisticsDatabase.SqliteAsync();
        await using var ctx = db.Context();
        var departure = new Departure("X", "A", "B", TransportMode.Rail, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(1), 1, CapacityUnit.Vehicles);

        await Assert.ThrowsAsync<InvalidOperationException>(() => BulkInsert.InsertAsync(ctx, [departure], default));

        Assert.Equal(0, await ctx.Set<Departure>().CountAsync());
    }

    private static DateTimeOffset Ms(DateTimeOffset t) => new(t.Ticks - t.Ticks % TimeSpan.TicksPerMillisecond, t.Offset);

    private static async Task StoresEveryTimetableDepartureExactlyAsync(DatabaseProvider provider)
    {
        await using var db = await LogisticsDatabase.CreateAsync(provider);
        await db.ImportReferenceAsync();

        await using var ctx = db.Context();
        var services = await ctx.Set<TransportService>().AsNoTracking().ToListAsync();
        // The expectation comes from the timetable itself, not from what the importer wrote.
        var expected = services.SelectMany(LogisticsRows.DeparturesOf)
            .Select(d => (d.ServiceCode, d.FromCode, d.ToCode, d.Mode, d.DepartsAt, Ms(d.ArrivesAt), d.Capacity, d.Unit, d.Booked))
            .Order().ToList();
        // Arrivals are departure + transit hours (fractional): both providers keep at least whole milliseconds.
        var stored = (await ctx.Set<Departure>().AsNoTracking().ToListAsync())
            .Select(d => (d.ServiceCode, d.FromCode, d.ToCode, d.Mode, d.DepartsAt, Ms(d.ArrivesAt), d.Capacity, d.Unit, d.Booked))
            .Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, stored);

        // Queries that compare dates in SQL see the same instants (the stored form is EF's own).
        var first = expected[0];
        Assert.Equal(1, await ctx.Set<Departure>().CountAsync(d => d.ServiceCode == first.ServiceCode && d.DepartsAt == first.DepartsAt));

        // One audit entry per service names how many departures it added and which.
        var audit = await ctx.AuditLog.AsNoTracking().Where(a => a.EntityType == nameof(Departure)).ToListAsync();
        Assert.Equal(services.Count, audit.Count);
        foreach (var entry in audit)
        {
            using var changes = JsonDocument.Parse(entry.Changes);
            var count = expected.Count(d => d.ServiceCode == entry.EntityKey);
            Assert.Equal(count, changes.RootElement.GetProperty("departures").GetInt32());
            Assert.Equal(count, changes.RootElement.GetProperty("ids").GetArrayLength());
        }

        // Importing again changes nothing and adds no audit entry for departures.
        var again = await db.ImportAsync(ReferenceNetwork.Folder);
        Assert.True(again.Succeeded);
        await using var after = db.Context();
        Assert.Equal(expected.Count, await after.Set<Departure>().CountAsync());
        Assert.Equal(audit.Count, await after.AuditLog.CountAsync(a => a.EntityType == nameof(Departure)));
    }
}
