using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Corridor.Storage;

/// <summary>The SQLite flavour; its migrations live in <c>Migrations/Sqlite</c>.</summary>
/// <remarks>One constructor, taking only the options: <see cref="CorridorDbContextFactory"/> pools the contexts.</remarks>
public sealed class SqliteCorridorDbContext(DbContextOptions<SqliteCorridorDbContext> options)
    : CorridorDbContext(options)
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
