using Microsoft.Extensions.DependencyInjection;
using Corridor.Organisations;
using Corridor.Storage;

namespace Corridor.Tests.Support;

/// <summary>Builds contexts acting as an organisation, and organisations with users, directly on a <see cref="TestDatabase"/>.</summary>
public static class Fixtures
{
    public static readonly string ReferenceData = FindReferenceData();

    /// <summary>The checkout the tests run from: the folder above the test binaries that holds the solution and the <c>corridor</c> script.</summary>
    public static readonly string Checkout = FindCheckout();

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

    /// <summary>
    /// Loads a one-entry sanctions list (OpenSanctions format: Bank Mellat) as shared reference data and so re-screens every
    /// organisation's counterparties against it. The gate counts a counterparty as screened only against a loaded list,
    /// so tests that confirm orders over the reference data load this first, as a compliance officer would.
    /// </summary>
    public static async Task LoadSampleListAsync(IServiceProvider services)
    {
        var path = Path.Combine(Path.GetTempPath(), $"corridor-sample-list-{Guid.NewGuid():N}.json");
        await File.WriteAllLinesAsync(path, ["""{"id": "mellat", "schema": "Company", "properties": {"name": ["Bank Mellat"]}}"""]);
        try
        {
            var result = await services.GetRequiredService<Corridor.Compliance.ListImportService>().ImportAsync(Corridor.Compliance.Lists.ListSource.OpenSanctions, path);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join("\n", result.Errors));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string FindCheckout()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "corridor")) && File.Exists(Path.Combine(dir.FullName, "Corridor.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("the checkout (with Corridor.slnx and the corridor script) was not found above " + AppContext.BaseDirectory);
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
