using System.CommandLine;

namespace Corridor.Compliance;

/// <summary><c>corridor screening …</c>: the screening verbs that are not list imports or batch screens.</summary>
public sealed class ScreeningCommand : Command
{
    public ScreeningCommand()
        : base("screening", "Screening audit and matcher quality")
    {
        Subcommands.Add(new ScreeningAuditCommand());
        Subcommands.Add(new ScreeningQualityCommand());
        Subcommands.Add(new ScreeningCompareCommand());
    }
}
