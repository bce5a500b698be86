namespace Corridor.Cli;

public enum OutputFormat
{
    Table,
    Json,
    Csv,
}
