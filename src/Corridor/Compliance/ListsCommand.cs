using System.CommandLine;

namespace Corridor.Compliance;

/// <summary><c>corridor lists …</c>: sanctions-list snapshots.</summary>
public sealed class ListsCommand : Command
{
    public ListsCommand()
        : base("lists", "Sanctions lists: import snapshots and see what changed")
    {
        Subcommands.Add(new ListsImportCommand());
        Subcommands.Add(new ListsSnapshotsCommand());
    }
}
