using Corridor.Organisations;
using Corridor.Storage;

namespace Corridor.Tests.Support;

/// <summary>Builds contexts acting as an organisation, and organisations with users, directly on a <see cref="TestDatabase"/>.</summary>
public static class Fixtures
{
    public static readonly string ReferenceData = FindReferenceData();

    public static CorridorDbContext Context(TestDatabase database, Guid? organisationId = null, TimeProvider? clock = null, string actor = "test")
    {
        var ctx = new ActorContext();
        ctx.Set(organisationId, null, actor);
        return new CorridorDbContextFactory(database.Location, clock ?? TimeProvider.System).Create(ctx);
    }

    public static async Task MigrateAsync(TestDatabase database)
    {
        await using var db = Context(database);
        await DatabaseMigrator.MigrateAsync(db);
    }

    public static async Task<Organisation> OrganisationAsync(TestDatabase database, string code)
    {
        await using var db = Context(database);
        var admin = new UserAdministration(db, new ActorContext(), TimeProvider.System);
        return (await admin.CreateOrganisationAsync(code, $"Organisation {code}")).Value;
    }

    private static string FindReferenceData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "reference");
            if (File.Exists(Path.Combine(candidate, "makers.csv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("data/reference not found above " + AppContext.BaseDirectory);
    }
}
