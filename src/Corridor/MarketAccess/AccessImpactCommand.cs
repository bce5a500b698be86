using System.CommandLine;
using Corridor.Cli;
using static Corridor.MarketAccess.MarketAccessDtos;

namespace Corridor.MarketAccess;

/// <summary>
/// <c>corridor access impact --rule-file FILE [--format json]</c>: what the rules in FILE (the columns of market-rules.csv)
/// would do if added, or if they replaced the stored rules of the same code. Nothing is saved.
/// </summary>
public sealed class AccessImpactCommand : Command
{
    private readonly Option<string> _ruleFile = new("--rule-file") { Description = "CSV file with the columns of market-rules.csv holding the proposed rules", Required = true };
    private readonly Option<string[]> _remove = new("--remove") { Description = "Code of a stored rule to leave out (repeatable)", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> _from = AccessCommand.DateOption("--from", "First day to compare (default: the earliest start among the proposed rules)");
    private readonly Option<string?> _until = AccessCommand.DateOption("--until", "First day after the comparison (default: open-ended)");
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: false);
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public AccessImpactCommand()
        : base("impact", "Which models would lose or gain eligibility under proposed rules, when, and which certificates (later: orders, shipments) are concerned")
    {
        Options.Add(_ruleFile);
        Options.Add(_remove);
        Options.Add(_from);
        Options.Add(_until);
        Options.Add(_organisation);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        await using var scope = await services.ScopeAsync(parse.GetValue(_organisation), ct);
        var service = scope.ServiceProvider.GetRequiredService<MarketAccessService>();
        var (rules, errors) = await service.ParseRuleFileAsync(parse.GetRequiredValue(_ruleFile), ct);
        if (errors.Count > 0)
        {
            foreach (var e in errors)
            {
                Console.Error.WriteLine(e);
            }

            Console.Error.WriteLine($"error: {errors.Count} problem(s) in the rule file");
            return ExitCodes.InvalidInput;
        }

        var report = ToDto(await service.ImpactAsync(rules, parse.GetValue(_remove) ?? [], AccessCommand.ParseDate(parse.GetValue(_from)), AccessCommand.ParseDate(parse.GetValue(_until)), ct));
        var format = parse.GetValue(_format);
        if (format == OutputFormat.Json)
        {
            Output.WriteJson(report);
            return ExitCodes.Ok;
        }

        if (format == OutputFormat.Table)
        {
            Console.WriteLine($"Rules {string.Join(", ", report.Rules)} from {report.From:yyyy-MM-dd}: {report.ModelsLosing} model(s) lose, {report.ModelsGaining} gain eligibility; "
                + string.Join(", ", report.Counts.Select(c => $"{c.Items} {c.Source}(s)"
                    + (c.Quantity is { } q ? $", {q} unit(s)" : "") + (c.Value.Count > 0 ? $", {string.Join(" + ", c.Value)}" : ""))));
        }

        var rows = report.Models.SelectMany(m => m.Changes.Select(c => (m.Model, m.Market, Change: c))).ToList();
        Output.Write(format, rows,
            Output.Col<(string Model, string Market, ChangeDto Change)>("model", r => r.Model),
            Output.Col<(string Model, string Market, ChangeDto Change)>("market", r => r.Market),
            Output.Col<(string Model, string Market, ChangeDto Change)>("effect", r => r.Change.Lost ? "loses" : "gains"),
            Output.Col<(string Model, string Market, ChangeDto Change)>("from", r => r.Change.From),
            Output.Col<(string Model, string Market, ChangeDto Change)>("until", r => r.Change.Until),
            Output.Col<(string Model, string Market, ChangeDto Change)>("reason", r => r.Change.Reason));
        return ExitCodes.Ok;
    }
}
