using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Corridor.Storage;

/// <summary>Builds the provider's DbContext for a location; the options are built once and reused.</summary>
public sealed class CorridorDbContextFactory
{
    private readonly DbContextOptions _options;

    public CorridorDbContextFactory(DatabaseLocation location, TimeProvider clock)
    {
        Location = location;
        // One interceptor for every context of the factory: options that are the same for every context let EF reuse
        // its internal services instead of building options per context (the interceptor reads the saving context's actor).
        var interceptor = new OwnershipAndAuditInterceptor(clock);
        _options = location.Provider == DatabaseProvider.Postgres
            ? Configure(new DbContextOptionsBuilder<PostgresCorridorDbContext>(), location).AddInterceptors(interceptor).Options
            : Configure(new DbContextOptionsBuilder<SqliteCorridorDbContext>(), location).AddInterceptors(interceptor).Options;
    }

    public DatabaseLocation Location { get; }

    public CorridorDbContext Create(ICurrentActor actor) => Location.Provider == DatabaseProvider.Postgres
        ? new PostgresCorridorDbContext((DbContextOptions<PostgresCorridorDbContext>)_options, actor)
        : new SqliteCorridorDbContext((DbContextOptions<SqliteCorridorDbContext>)_options, actor);

    private static DbContextOptionsBuilder<T> Configure<T>(DbContextOptionsBuilder<T> builder, DatabaseLocation location)
        where T : DbContext
    {
        if (location.Provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(location.ConnectionString, o => o.MigrationsHistoryTable("__ef_migrations_history"));
        }
        else
        {
            builder.UseSqlite(location.ConnectionString, o => o.MigrationsHistoryTable("__ef_migrations_history"));
        }

        builder.UseSnakeCaseNamingConvention();
        // Migrate() would otherwise rebuild the migration snapshot's model and diff it against the code's model on
        // every start (a third of a second); MigrationModelTests asserts there is no difference, for both providers.
        builder.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return builder;
    }
}
