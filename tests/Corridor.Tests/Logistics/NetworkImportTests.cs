using Corridor.Logistics;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Tests.Logistics;

public sealed class NetworkImportTests : IAsyncLifetime
{
    private LogisticsDatabase _db = null!;
    private readonly string _dir = Directory.CreateTempSubdirectory("corridor-net-").FullName;

    public async Task InitializeAsync() => _db = await LogisticsDatabase.SqliteAsync();

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        Directory.Delete(_dir, true);
    }

    [Fact]
    public async Task Import_ReferenceNetwork_StoresEverythingAndRoutes()
    {
        await _db.ImportReferenceAsync();

        await using var ctx = _db.Context();
        Assert.Equal(File.ReadLines(Path.Combine(ReferenceNetwork.Folder, "nodes.csv")).Count() - 1, await ctx.Set<Node>().CountAsync());
        Assert.True(await ctx.Set<Departure>().CountAsync() > 100);
        Assert.Equal(4, await ctx.Set<EmissionFactor>().CountAsync());
        var answer = await new NetworkStore(ctx).RouteAsync(new RouteRequest("IKCO-TEHRAN", "RU-MOSCOW", Cargo.Vehicles(300), new DateOnly(2027, 2, 1)) { Due = new DateOnly(2027, 3, 1) });
        Assert.True(answer.Feasible, string.Join("; ", answer.Reasons));
    }

    [Fact]
    public async Task Import_Twice_ChangesNothing()
    {
        await _db.ImportReferenceAsync();
        var second = await _db.ImportAsync(ReferenceNetwork.Folder);

        Assert.True(second.Succeeded);
        Assert.All(second.Counts, c => Assert.Equal(0, c.Added + c.Updated));
    }

    [Fact]
    public async Task Import_LinkToUnknownNode_FailsWithLineAndWritesNothing()
    {
        CopyReference();
        Append("links.csv", "IKCO-TEHRAN,NO-SUCH-NODE,road,,10,1,1,1,100,,false,feeder,,assumption,test");

        var result = await _db.ImportAsync(_dir);

        var lines = File.ReadAllLines(Path.Combine(_dir, "links.csv")).Length;
        Assert.Contains(result.Errors, e => e.ToString() == $"links.csv:{lines}: to: unknown node 'NO-SUCH-NODE' (not in nodes.csv nor stored)");
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Import_NegativeCapacity_FailsWithFieldAndWritesNothing()
    {
        CopyReference();
        Append("links.csv", "IKCO-TEHRAN,RU-MOSCOW,road,,10,1,1,1,-5,,false,feeder,,assumption,test");

        var result = await _db.ImportAsync(_dir);

        var lines = File.ReadAllLines(Path.Combine(_dir, "links.csv")).Length;
        Assert.Contains(result.Errors, e => e.ToString() == $"links.csv:{lines}: capacity_vehicles_per_week: must not be negative (was -5)");
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Import_TimetableWithOverlappingDepartures_FailsAndWritesNothing()
    {
        CopyReference();
        Append("services.csv", "OVERLAP,Daily ferry,Test line,IR-ANZALI,RU-MAKHACHKALA,sea,Mon;Tue,10:00,46.5,2027-01-01,2027-02-01,100,vehicles,assumption,test");

        var result = await _db.ImportAsync(_dir);

        var lines = File.ReadAllLines(Path.Combine(_dir, "services.csv")).Length;
        var error = Assert.Single(result.Errors);
        Assert.StartsWith($"services.csv:{lines}: weekdays: departures 2027-01-04 10:00 and 2027-01-05 10:00 overlap", error.ToString(), StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task Import_ServiceOnMissingLink_Fails()
    {
        CopyReference();
        Append("services.csv", "NOLINK,Ghost train,Test,IKCO-TEHRAN,RU-MOSCOW,rail,Mon,10:00,10,2027-01-01,2027-02-01,100,vehicles,assumption,test");

        var result = await _db.ImportAsync(_dir);

        Assert.Contains(result.Errors, e => e.Field == "to" && e.Message.Contains("no rail link IKCO-TEHRAN -> RU-MOSCOW", StringComparison.Ordinal));
        await AssertNothingStoredAsync();
    }

    private async Task AssertNothingStoredAsync()
    {
        await using var ctx = _db.Context();
        Assert.Equal(0, await ctx.Set<Node>().CountAsync());
        Assert.Equal(0, await ctx.Set<Link>().CountAsync());
        Assert.Equal(0, await ctx.Set<Departure>().CountAsync());
    }

    private void CopyReference()
    {
        foreach (var f in new[] { "nodes.csv", "links.csv", "border-crossings.csv", "services.csv", "emission-factors.csv" })
        {
            File.Copy(Path.Combine(ReferenceNetwork.Folder, f), Path.Combine(_dir, f));
        }
    }

    private void Append(string file, string line)
    {
        var path = Path.Combine(_dir, file);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, (text.EndsWith('\n') ? text : text + "\n") + line + "\n");
    }
}
