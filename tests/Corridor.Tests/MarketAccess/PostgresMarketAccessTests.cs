using Corridor.MarketAccess;
using Corridor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Tests.MarketAccess;

/// <summary>The reference import and the history on PostgreSQL (skipped unless the test script runs a server).</summary>
public sealed class PostgresMarketAccessTests
{
    [PostgresFact]
    public async Task ReferenceImport_OnPostgres_GivesTheSameHistory_AndAppendsStatusChanges()
    {
        await using var database = await TestDatabase.CreatePostgresAsync();
        await Fixtures.MigrateAsync(database);
        var org = (await Fixtures.OrganisationAsync(database, "IKCO-EXPORT")).Id;
        await using var db = Fixtures.Context(database, org);
        var import = await ReferenceImport.Runner(db).RunAsync(ReferenceImport.Folder(ReferenceImport.All));
        Assert.True(import.Succeeded, string.Join("\n", import.Errors));

        var service = new MarketAccessService(db, []);
        Assert.True((await service.CheckAsync("SAMAND", "RU", new DateOnly(2008, 6, 1))).Value.Eligible);
        Assert.Equal("RU-EURO4-2010", Assert.Single((await service.CheckAsync("SAMAND", "RU", new DateOnly(2012, 1, 1))).Value.Reasons).Rule);
        Assert.True((await service.CheckAsync("Samand", "RU", new DateOnly(2014, 7, 1))).Value.Eligible);

        var cert = await db.Set<Certificate>().Include(c => c.History).FirstAsync(c => c.Number == "PLACEHOLDER-OTTS-SAMAND-2014");
        var registry = new CertificateRegistry(db, TimeProvider.System);
        Assert.True((await registry.ChangeStatusAsync(cert.Id, CertificateStatus.Suspended, new DateOnly(2015, 1, 1), "test"))!.Succeeded);
        await using var fresh = Fixtures.Context(database, org);
        Assert.Equal(2, await fresh.Set<CertificateStatusChange>().CountAsync(h => h.CertificateId == cert.Id));
    }
}
