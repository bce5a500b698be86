namespace Corridor.Tests.Support;

/// <summary>A fact that needs the PostgreSQL server of the test script; skipped (visibly) when it is not running.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresServer is null)
        {
            Skip = $"{TestDatabase.PostgresEnvironmentVariable} is not set (./test.sh starts PostgreSQL and sets it)";
        }
    }
}
