using System.CommandLine;
using Corridor.Cli;
using Spectre.Console;

namespace Corridor.Compliance;

/// <summary>
/// <c>corridor screening compare NAME LISTED [--type T] [--listed-type T]</c>: scores two names with the current matcher
/// and prints the evidence token by token (why a name alerts or not), without a database or a list.
/// </summary>
public sealed class ScreeningCompareCommand : Command
{
    private readonly Argument<string> _name = new("name") { Description = "The name screened (any script)" };
    private readonly Argument<string> _listed = new("listed") { Description = "The listed name to compare it with" };
    private readonly Option<ListEntryType> _type = new("--type") { Description = "What the screened name is: Person, Organisation, Vessel, Aircraft (default Unknown)" };
    private readonly Option<ListEntryType> _listedType = new("--listed-type") { Description = "What the listed entry is (default Unknown)" };

    public ScreeningCompareCommand()
        : base("compare", "Score two names with the matcher and show the evidence, token by token")
    {
        Arguments.Add(_name);
        Arguments.Add(_listed);
        Options.Add(_type);
        Options.Add(_listedType);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var query = NameNormaliser.Normalise(parse.GetRequiredValue(_name), ScreeningIndex.KindOf(parse.GetValue(_type)));
        var listed = NameNormaliser.Normalise(parse.GetRequiredValue(_listed), ScreeningIndex.KindOf(parse.GetValue(_listedType)));
        var comparison = NameComparer.Compare(query, listed);
        var verdict = comparison.Score >= NameComparer.DefaultThreshold ? "[red]possible match[/]" : "[green]no alert[/]";
        AnsiConsole.MarkupLine($"{Markup.Escape(MatcherVersion.Current)}: [bold]{comparison.Score:0.000}[/] ({verdict} at {NameComparer.DefaultThreshold:0.00})");
        AnsiConsole.MarkupLine($"compared as '{Markup.Escape(comparison.Query.Form)}' ~ '{Markup.Escape(comparison.Candidate.Form)}'"
            + ((comparison.Query.Reading ?? comparison.Candidate.Reading) is { } reading ? $" (Han read in {reading})" : ""));
        var table = new Table().AddColumns("screened", "listed", "how", "similarity", "weight");
        foreach (var t in comparison.Tokens)
        {
            table.AddRow(Markup.Escape(t.Query), Markup.Escape(t.Candidate), t.Kind.ToString(),
                t.Kind == TokenMatchKind.Limited ? $"{t.Similarity:0.000} → {t.Weight:0.00}" : $"{t.Similarity:0.00}", t.Kind == TokenMatchKind.Limited ? "" : $"{t.Weight:0.##}");
        }

        AnsiConsole.Write(table);
        return ExitCodes.Ok;
    }
}
