using System.CommandLine;
using Corridor.Cli;
using Corridor.Storage;
using Spectre.Console;

namespace Corridor.Import;

/// <summary><c>corridor import PATH</c>: validates every file, then writes all of them in one transaction, or nothing.</summary>
public sealed class ImportCommand : Command
{
    private readonly Argument<string> _path = new("path") { Description = "A file (makers.csv, vehicle-models.csv, …) or a folder of such files" };
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: false);
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public ImportCommand()
        : base("import", "Import reference or catalogue data; on any error nothing is written and every bad record is listed as file:line: field: message")
    {
        Arguments.Add(_path);
        Options.Add(_organisation);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        var organisation = parse.GetValue(_organisation);

        // Without --organisation an import writes shared reference data only (a catalogue file is then refused).
        await using var scope = organisation is null ? await services.SharedScopeAsync(ct) : await services.ScopeAsync(organisation, ct);
        var runner = scope.ServiceProvider.GetRequiredService<ImportRunner>();
        var path = parse.GetRequiredValue(_path);

        ImportResult result = null!;
        if (!Console.IsErrorRedirected)
        {
            // A progress bar per file and phase, on stderr so that --format json|csv output stays clean.
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            await console.Progress().AutoClear(false).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async ctx =>
                {
                    var tasks = new Dictionary<(string, string), ProgressTask>();
                    result = await runner.RunAsync(path, new SyncProgress<ImportProgress>(p =>
                    {
                        if (!tasks.TryGetValue((p.File, p.Phase), out var task))
                        {
                            foreach (var open in tasks.Values)
                            {
                                open.Value = open.MaxValue;
                            }

                            tasks[(p.File, p.Phase)] = task = ctx.AddTask($"{p.Phase} {p.File}", maxValue: 1);
                        }

                        task.Value = p.Fraction ?? 0;
                    }), ct);
                    foreach (var open in tasks.Values)
                    {
                        open.Value = open.MaxValue;
                    }
                });
        }
        else
        {
            result = await runner.RunAsync(path, null, ct);
        }

        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                Console.Error.WriteLine(e);
            }

            Console.Error.WriteLine($"error: {result.Errors.Count} problem(s); nothing was imported");
            return ExitCodes.InvalidInput;
        }

        foreach (var skipped in result.Skipped)
        {
            Console.Error.WriteLine($"note: {skipped} is not a file corridor imports; skipped");
        }

        Output.Write(parse.GetValue(_format), result.Counts,
            Output.Col<ImportCounts>("file", c => c.File), Output.Col<ImportCounts>("added", c => c.Added),
            Output.Col<ImportCounts>("updated", c => c.Updated), Output.Col<ImportCounts>("unchanged", c => c.Unchanged));
        return ExitCodes.Ok;
    }
}
