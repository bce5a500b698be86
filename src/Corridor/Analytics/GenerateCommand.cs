using System.CommandLine;
using System.Globalization;
using Corridor.Cli;
using Corridor.Web;
using Spectre.Console;

namespace Corridor.Analytics;

/// <summary>
/// <c>corridor generate --from 2021-01-01 --until 2026-01-01 --scale 1 [--organisation DEMO] [--seed 1]</c>: replaces the
/// organisation's generated shipment history (ship dates in [from, until)) with a new one and rebuilds the rollups,
/// with a progress bar on standard error.
/// </summary>
public sealed class GenerateCommand : Command
{
    private readonly Option<DateOnly> _from = new("--from") { Description = "First ship date (YYYY-MM-DD)", Required = true, CustomParser = ParseDate };
    private readonly Option<DateOnly> _until = new("--until") { Description = "First ship date not generated (YYYY-MM-DD; half-open range)", Required = true, CustomParser = ParseDate };
    private readonly Option<double> _scale = new("--scale") { Description = "Volume multiplier: 1 = the programme as reported; capacities scale with it", DefaultValueFactory = _ => 1.0 };
    private readonly Option<int> _seed = new("--seed") { Description = "Seed: the same seed and inputs give the same history", DefaultValueFactory = _ => 1 };
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: false);

    public GenerateCommand()
        : base("generate", "Generate a shipment history (orders, shipments, deliveries) from the reference scenario for analytics")
    {
        _organisation.DefaultValueFactory = _ => DemoCommand.OrganisationCode;
        Options.Add(_from);
        Options.Add(_until);
        Options.Add(_scale);
        Options.Add(_seed);
        Options.Add(_organisation);
        Validators.Add(r =>
        {
            if (r.GetValue(_until) <= r.GetValue(_from))
            {
                r.AddError("--until must be after --from");
            }

            if (r.GetValue(_scale) is <= 0 or > 10_000 or double.NaN)
            {
                r.AddError("--scale must be greater than 0 and at most 10000");
            }
        });
        SetAction(RunAsync);
    }

    private static DateOnly ParseDate(System.CommandLine.Parsing.ArgumentResult r)
    {
        var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        r.AddError($"'{text}' is not a date (YYYY-MM-DD)");
        return default;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        await using var scope = await services.ScopeAsync(parse.GetValue(_organisation), ct);
        var history = scope.ServiceProvider.GetRequiredService<HistoryService>();
        var (from, until, scale, seed) = (parse.GetValue(_from), parse.GetValue(_until), parse.GetValue(_scale), parse.GetValue(_seed));
        GenerationOutcome outcome;
        if (!Console.IsErrorRedirected)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            outcome = await console.Progress().AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask($"Generating {from:yyyy-MM-dd} … {until:yyyy-MM-dd} × {scale}", maxValue: until.DayNumber - from.DayNumber);
                    var result = await history.GenerateAsync(from, until, scale, seed, (lines, done, total) =>
                    {
                        task.Value = done;
                        task.Description = $"Generating {from:yyyy-MM-dd} … {until:yyyy-MM-dd} × {scale}: {lines:N0} lines";
                    }, ct);
                    task.Value = task.MaxValue;
                    return result;
                });
        }
        else
        {
            outcome = await history.GenerateAsync(from, until, scale, seed, null, ct);
        }

        var rate = outcome.Lines / Math.Max(0.001, outcome.Generation.TotalSeconds);
        Console.WriteLine($"generated {outcome.Lines:N0} shipment lines in {outcome.Generation.TotalSeconds:0.0} s ({rate:N0} lines/s) on {outcome.Routes} routes; indexes and rollups rebuilt in {outcome.Rollups.TotalSeconds:0.0} s");
        Console.WriteLine($"generation used {outcome.GenerationCpu.TotalSeconds:0.0} s of CPU ({outcome.Lines / Math.Max(0.001, outcome.GenerationCpu.TotalSeconds):N0} lines per CPU-second, both threads)");
        Console.WriteLine($"not shipped: {outcome.DroppedIneligible:N0} vehicle lines (model not eligible in the market that day), {outcome.DroppedCapacity:N0} lines (corridor full for {HistoryGenerator.MaxWaitWeeks} weeks); {outcome.Delayed:N0} lines waited for capacity");
        return ExitCodes.Ok;
    }
}
