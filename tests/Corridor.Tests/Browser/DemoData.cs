using Corridor.Storage;
using Corridor.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Tests.Browser;

/// <summary>Reads the browser fixture's database as the demo organisation, to check what a page did (or did not) store.</summary>
public static class DemoData
{
    public static async Task<T> QueryAsync<T>(BrowserFixture fixture, Func<CorridorDbContext, Task<T>> query)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var actor = scope.ServiceProvider.GetRequiredService<ActorContext>();
        actor.Set(null, null, "test");
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var demo = await db.Organisations.AsNoTracking().Where(o => o.Code == DemoCommand.OrganisationCode).Select(o => o.Id).SingleAsync();
        actor.Set(demo, null, "test");
        return await query(db);
    }
}
