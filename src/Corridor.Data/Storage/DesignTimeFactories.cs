using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Corridor.Storage;

/// <summary>Lets <c>dotnet ef</c> build each context without the application host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCorridorDbContext>
{
    public SqliteCorridorDbContext CreateDbContext(string[] args) =>
        (SqliteCorridorDbContext)new CorridorDbContextFactory(new DatabaseLocation(DatabaseProvider.Sqlite, "Data Source=design.db", "design"), TimeProvider.System)
            .Create(new ActorContext());
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCorridorDbContext>
{
    public PostgresCorridorDbContext CreateDbContext(string[] args) =>
        (PostgresCorridorDbContext)new CorridorDbContextFactory(new DatabaseLocation(DatabaseProvider.Postgres, "Host=localhost;Database=corridor_design", "design"), TimeProvider.System)
            .Create(new ActorContext());
}
