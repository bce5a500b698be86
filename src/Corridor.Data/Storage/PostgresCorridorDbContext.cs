using Microsoft.EntityFrameworkCore;

namespace Corridor.Storage;

/// <summary>The PostgreSQL flavour; its migrations live in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresCorridorDbContext(DbContextOptions<PostgresCorridorDbContext> options, ICurrentActor actor)
    : CorridorDbContext(options, actor)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
