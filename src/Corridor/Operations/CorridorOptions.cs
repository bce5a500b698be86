namespace Corridor.Operations;

/// <summary>
/// The <c>Corridor</c> configuration section. Each key also reads its older environment variable
/// (<c>CORRIDOR_DATABASE</c>, <c>CORRIDOR_HOME</c>, <c>CORRIDOR_CHROMIUM</c>), at a lower precedence than
/// <c>Corridor__Key</c> variables and the command line (see <see cref="HostingSetup"/> and docs/operations.md).
/// </summary>
public sealed class CorridorOptions
{
    public const string Section = "Corridor";

    /// <summary>SQLite file path or PostgreSQL connection string; default <c>$CORRIDOR_HOME/corridor.db</c>.</summary>
    public string? Database { get; set; }

    /// <summary>Folder of the default SQLite database.</summary>
    public string? Home { get; set; }

    /// <summary>Chromium executable that prints PDFs; default <c>/usr/bin/chromium</c>.</summary>
    public string? Chromium { get; set; }
}
