namespace Corridor.Storage;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
