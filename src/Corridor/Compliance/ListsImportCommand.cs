using System.CommandLine;
using Corridor.Cli;
using Corridor.Compliance.Lists;
using Spectre.Console;

namespace Corridor.Compliance;

/// <summary><c>corridor lists import --source ofac-sdn|ofac-cons|un|opensanctions|bis-dpl|uk PATH</c>: a new snapshot, its delta and the re-screening it causes.</summary>
public sealed class ListsImportCommand : Command
{
    private readonly Argument<string> _path = new("path") { Description = "The list file, or the folder of a multi-file list (OFAC CSV set, UK tables)" };
    private readonly Option<string> _source = new("--source") { Description = "ofac-sdn, ofac-cons, un, opensanctions, bis-dpl or uk", Required = true };
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public ListsImportCommand()
        : base("import", "Import a sanctions list as a new snapshot; a malformed file imports nothing and the previous snapshot stays active")
    {
        Arguments.Add(_path);
        Options.Add(_source);
        Options.Add(_format);
        _source.AcceptOnlyFromAmong([.. ListSource.All]);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        await using var scope = await services.SharedScopeAsync(ct);
        var importer = scope.ServiceProvider.GetRequiredService<ListImportService>();
        var source = parse.GetRequiredValue(_source);
        var path = Path.GetFullPath(parse.GetRequiredValue(_path));

        Corridor.Common.Result<ListImportOutcome> result = null!;
        if (!Console.IsErrorRedirected)
        {
            await AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Status()
                .StartAsync($"Importing {source} from {path}…", async _ => result = await importer.ImportAsync(source, path, ct));
        }
        else
        {
            result = await importer.ImportAsync(source, path, ct);
        }

        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                Console.Error.WriteLine(e);
            }

            Console.Error.WriteLine("error: nothing was imported; the previous snapshot stays active");
            return ExitCodes.InvalidInput;
        }

        var o = result.Value;
        Output.Write(parse.GetValue(_format), [o],
            Output.Col<ListImportOutcome>("source", x => x.Snapshot.Source),
            Output.Col<ListImportOutcome>("snapshot", x => x.Snapshot.Id),
            Output.Col<ListImportOutcome>("published", x => x.Snapshot.PublishedOn),
            Output.Col<ListImportOutcome>("sha256", x => x.Snapshot.ContentHash),
            Output.Col<ListImportOutcome>("entries", x => x.Snapshot.EntryCount),
            Output.Col<ListImportOutcome>("unchanged", x => x.Unchanged),
            Output.Col<ListImportOutcome>("added", x => x.Delta?.Added.Count ?? 0),
            Output.Col<ListImportOutcome>("removed", x => x.Delta?.Removed.Count ?? 0),
            Output.Col<ListImportOutcome>("changed", x => x.Delta?.Changed.Count ?? 0),
            Output.Col<ListImportOutcome>("rescreened", x => x.CounterpartiesRescreened),
            Output.Col<ListImportOutcome>("new_matches", x => x.NewPossibleMatches));
        return ExitCodes.Ok;
    }
}
