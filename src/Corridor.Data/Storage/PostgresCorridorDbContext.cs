using Microsoft.EntityFrameworkCore;

namespace Corridor.Storage;

/// <summary>The PostgreSQL flavour; its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresCorridorDbContext(DbContextOptions<PostgresCorridorDbContext> options, ICurrentActor actor, TimeProvider clock)
    : CorridorDbContext(options, actor, clock)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
