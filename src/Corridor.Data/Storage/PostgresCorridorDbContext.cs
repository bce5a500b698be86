using Microsoft.EntityFrameworkCore;

namespace Corridor.Storage;

/// <summary>The PostgreSQL flavour; its migrations live in <c>Migrations/Postgres</c>.</summary>
/// <remarks>One constructor, taking only the options: <see cref="CorridorDbContextFactory"/> pools the contexts.</remarks>
public sealed class PostgresCorridorDbContext(DbContextOptions<PostgresCorridorDbContext> options)
    : CorridorDbContext(options)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
