using System.CommandLine;

namespace Corridor.Intelligence;

/// <summary><c>corridor facts list|review</c>: reviewed facts with their sources, and the review queue.</summary>
public sealed class FactsCommand : Command
{
    public FactsCommand()
        : base("facts", "Market intelligence: reviewed facts, conflicts and the review queue of candidate figures")
    {
        Subcommands.Add(new FactsListCommand());
        Subcommands.Add(new FactsReviewCommand());
    }
}
