using System.CommandLine;

namespace Corridor.Intelligence;

/// <summary><c>corridor articles import|list|extract|quality|speed</c>: articles in, candidate figures out (docs/intelligence.md).</summary>
public sealed class ArticlesCommand : Command
{
    public ArticlesCommand()
        : base("articles", "Market intelligence: take in articles (text or HTML) and read their figures for review")
    {
        Subcommands.Add(new ArticlesImportCommand());
        Subcommands.Add(new ArticlesListCommand());
        Subcommands.Add(new ArticlesExtractCommand());
        Subcommands.Add(new ArticlesQualityCommand());
        Subcommands.Add(new ArticlesSpeedCommand());
    }
}
