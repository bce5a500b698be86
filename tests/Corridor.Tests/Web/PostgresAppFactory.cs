using Corridor.Storage;

namespace Corridor.Tests.Web;

/// <summary><see cref="CorridorAppFactory"/> over a throwaway PostgreSQL database (of the test script's server).</summary>
public sealed class PostgresAppFactory : CorridorAppFactory
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
