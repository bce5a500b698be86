using Corridor.Logistics;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Tests.Logistics;

public sealed class ShipmentTrackingTests : IAsyncLifetime
{
    private static readonly DateOnly Ready = new(2027, 4, 5);
    private LogisticsDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await LogisticsDatabase.SqliteAsync();
        await _db.ImportReferenceAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static Shipment Planned(DateOnly? due = null)
    {
        var option = RouteFinder.Find(ReferenceNetwork.Graph(), new RouteRequest("IKCO-TEHRAN", "RU-MOSCOW", Cargo.Vehicles(100), Ready)).Options[0];
        return new Shipment("SHP-1", "100 vehicles", due ?? option.EtaP50.AddDays(1).ToDateOnly(), option.Legs.Select(PlannedLeg.Of).ToList());
    }

    [Fact]
    public void Record_LateDeparture_PushesEtaByTheDelay_AndFlagsLate()
    {
        var shipment = Planned();
        var planned = shipment.Eta;
        var first = shipment.Legs[0];

        Assert.True(shipment.Record(ShipmentEventKind.Departed, first.From, first.PlannedDeparture.AddDays(5)).Succeeded);

        Assert.True(shipment.Eta > planned);
        Assert.True(shipment.Late);
        Assert.Equal(ShipmentStatus.InTransit, shipment.Status);
    }

    [Fact]
    public void Record_OnTimeArrivals_KeepThePlannedEta()
    {
        var shipment = Planned();
        var planned = shipment.Eta;
        foreach (var leg in shipment.Legs.Take(3))
        {
            Assert.True(shipment.Record(ShipmentEventKind.Arrived, leg.To, leg.PlannedArrival).Succeeded);
        }

        Assert.Equal(planned, shipment.Eta);
        Assert.False(shipment.Late);
    }

    [Fact]
    public void Record_Delay_AddsHours()
    {
        var shipment = Planned();
        var planned = shipment.Eta;

        shipment.Record(ShipmentEventKind.Delayed, "IR-AZ-ASTARA-RAIL", planned.AddDays(-3), 30);

        Assert.Equal(planned.AddHours(30), shipment.Eta);
    }

    [Fact]
    public void Record_NodeOffTheRoute_IsRefused()
    {
        var result = Planned().Record(ShipmentEventKind.Arrived, "KZ-AKTAU", Ready.ToDateTime(TimeOnly.MinValue));

        Assert.False(result.Succeeded);
        Assert.Contains("KZ-AKTAU", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ShipmentEvents_RecomputesEtaAndStoresEvents_OrRejectsAllOnABadLine()
    {
        Guid id;
        DateTimeOffset plannedEta;
        await using (var ctx = _db.Context(_db.OrganisationA))
        {
            var tracking = new ShipmentTracking(ctx, new ScenarioStore(ctx, new NetworkStore(ctx), TimeProvider.System));
            var created = await tracking.CreateAsync("SHP-9", new RouteRequest("IKCO-TEHRAN", "RU-MOSCOW", Cargo.Vehicles(100), Ready) { Due = Ready.AddDays(30) });
            Assert.True(created.Succeeded, string.Join("; ", created.Errors));
            (id, plannedEta) = (created.Value.Id, created.Value.Eta);
        }

        var dir = Directory.CreateTempSubdirectory("corridor-events-").FullName;
        var file = Path.Combine(dir, "shipment-events.csv");
        await File.WriteAllTextAsync(file, "shipment,kind,node,at,delay_hours,note\nSHP-9,departed,IKCO-TEHRAN,2027-04-07T00:00Z,,two days late\nSHP-9,arrived,KZ-AKTAU,2027-04-08T00:00Z,,wrong node\n");
        await using (var ctx = _db.Context(_db.OrganisationA))
        {
            var bad = await new Corridor.Import.ImportRunner(ctx, [new ShipmentEventImporter()]).RunAsync(file);
            Assert.Equal("shipment-events.csv:3: node: KZ-AKTAU is not where a remaining leg of SHP-9 ends", Assert.Single(bad.Errors).ToString());
        }

        await File.WriteAllTextAsync(file, "shipment,kind,node,at,delay_hours,note\nSHP-9,departed,IKCO-TEHRAN,2027-04-07T00:00Z,,two days late\n");
        await using (var ctx = _db.Context(_db.OrganisationA))
        {
            Assert.Equal(0, await ctx.Set<ShipmentEvent>().CountAsync());
            var ok = await new Corridor.Import.ImportRunner(ctx, [new ShipmentEventImporter()]).RunAsync(file);
            Assert.True(ok.Succeeded, string.Join("; ", ok.Errors));
        }

        await using var check = _db.Context(_db.OrganisationA);
        var stored = await check.Set<Shipment>().Include(s => s.Events).SingleAsync(s => s.Id == id);
        Assert.Single(stored.Events);
        Assert.True(stored.Eta > plannedEta);
        Directory.Delete(dir, true);
    }
}

internal static class DateTimeOffsetExtensions
{
    public static DateOnly ToDateOnly(this DateTimeOffset t) => DateOnly.FromDateTime(t.UtcDateTime);
}
