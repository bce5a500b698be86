using System.CommandLine;
using Corridor.Storage;

namespace Corridor.Cli;

/// <summary>Options shared by many verbs.</summary>
public static class CommonOptions
{
    /// <summary>Recursive: accepted after any verb.</summary>
    public static readonly Option<string?> Database = new("--database")
    {
        Description = $"SQLite file path or PostgreSQL connection string (Host=...;Database=...). Default: ${DatabaseLocation.EnvironmentVariable}, else $CORRIDOR_HOME/corridor.db, else ~/.local/share/corridor/corridor.db",
        Recursive = true,
    };

    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "How to print the result: table, json or csv",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    public static Option<string> Organisation(bool required) => new("--organisation", "--org")
    {
        Description = "Code of the organisation to act in (e.g. DEMO)",
        Required = required,
    };
}
