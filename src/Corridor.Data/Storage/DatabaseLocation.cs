namespace Corridor.Storage;

/// <summary>
/// Where the data lives. A value containing <c>Host=</c> is a PostgreSQL connection string; anything
/// else is a SQLite file path; a PostgreSQL connection string that does not set <c>Max Auto Prepare</c> gets
/// <see cref="AutoPreparedStatements"/>. The default is <c>$CORRIDOR_HOME/corridor.db</c>, or
/// <c>~/.local/share/corridor/corridor.db</c> when CORRIDOR_HOME is not set.
/// </summary>
public sealed record DatabaseLocation(DatabaseProvider Provider, string ConnectionString, string Display)
{
    public const string EnvironmentVariable = "CORRIDOR_DATABASE";

    /// <summary>Npgsql's <c>Max Auto Prepare</c> when the connection string does not set it.</summary>
    public const int AutoPreparedStatements = 32;

    public static DatabaseLocation Resolve(string? value)
    {
        value ??= Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            value = Path.Combine(DefaultHome(), "corridor.db");
        }

        if (value.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(value);
            // Npgsql's builder says it "contains" every keyword it knows, set or not; the plain builder tells what was written.
            var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = value };
            if (!written.ContainsKey("Max Auto Prepare") && !written.ContainsKey("MaxAutoPrepare"))
            {
                // Statements run again and again (the token look-up, the booking statement) are prepared on the server
                // once per connection, which saves PostgreSQL parsing and planning them on every request (decision 013).
                builder.MaxAutoPrepare = AutoPreparedStatements;
                value = builder.ConnectionString;
            }

            return new DatabaseLocation(DatabaseProvider.Postgres, value, $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}");
        }

        var path = value.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase) ? value["Data Source=".Length..].Split(';')[0] : value;
        path = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        // Pooling keeps connections open, which is what we want in the server; a busy timeout lets
        // concurrent writers wait for the single SQLite writer lock instead of failing at once.
        var cs = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
        return new DatabaseLocation(DatabaseProvider.Sqlite, cs, path);
    }

    public static string DefaultHome()
    {
        var home = Environment.GetEnvironmentVariable("CORRIDOR_HOME");
        if (!string.IsNullOrWhiteSpace(home))
        {
            return home;
        }

        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "corridor");
    }
}
