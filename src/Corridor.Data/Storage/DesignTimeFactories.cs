using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Storage;

/// <summary>
/// Lets <c>dotnet ef</c> build each context without the application host. The design-time contexts always build
/// their model from the code (never the compiled model), so migrations are diffed against the code. With the
/// argument <c>--for-compiled-model</c> (<c>scripts/ef-compiled-models.sh</c> passes it) the model leaves out the
/// organisation query filters, which <c>dotnet ef dbcontext optimize</c> cannot generate; they are attached to the
/// compiled model at run time (<see cref="CompiledModelSource.OrganisationFilters"/>).
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCorridorDbContext>
{
    public SqliteCorridorDbContext CreateDbContext(string[] args) =>
        DesignTime.Create<SqliteCorridorDbContext>(new DatabaseLocation(DatabaseProvider.Sqlite, "Data Source=design.db", "design"), args);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCorridorDbContext>
{
    public PostgresCorridorDbContext CreateDbContext(string[] args) =>
        DesignTime.Create<PostgresCorridorDbContext>(new DatabaseLocation(DatabaseProvider.Postgres, "Host=localhost;Database=corridor_design", "design"), args);
}

internal static class DesignTime
{
    public static T Create<T>(DatabaseLocation location, string[] args)
        where T : CorridorDbContext =>
        (T)new CorridorDbContextFactory(location, TimeProvider.System, compiledModel: false)
            .Create(new ActorContext(), organisationFilters: !args.Contains("--for-compiled-model"));
}
