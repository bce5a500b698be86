using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Corridor.Storage;

/// <summary>The SQLite flavour; its migrations live in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteCorridorDbContext(DbContextOptions<SqliteCorridorDbContext> options, ICurrentActor actor)
    : CorridorDbContext(options, actor)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no DateTimeOffset type and EF cannot order or compare the text form across
        // offsets; binary (ticks + offset) keeps ordering and comparisons in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
