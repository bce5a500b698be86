using System.CommandLine;
using Corridor.Cli;
using static Corridor.MarketAccess.MarketAccessDtos;

namespace Corridor.MarketAccess;

/// <summary>
/// <c>corridor access check --model NAME --market ISO2 --date YYYY-MM-DD [--format json]</c>: eligible or not, with every
/// unmet requirement (<c>rule</c>, <c>since</c>, <c>message</c>) and warnings. Exit code 0 whatever the answer.
/// </summary>
public sealed class AccessCheckCommand : Command
{
    private readonly Option<string> _model = new("--model") { Description = "Model code or name (e.g. SAMAND or Samand)", Required = true };
    private readonly Option<string> _market = new("--market") { Description = "Market, ISO 3166-1 alpha-2 (e.g. RU)", Required = true };
    private readonly Option<string?> _date = AccessCommand.DateOption("--date", "Day to check, YYYY-MM-DD (default: today, UTC)");
    private readonly Option<int> _warningDays = new("--warning-days") { Description = "Warn about certificates expiring within this many days", DefaultValueFactory = _ => EligibilityEngine.DefaultWarningDays };
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: false);
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public AccessCheckCommand()
        : base("check", "Can a model be sold in a market on a date? Lists every unmet requirement and warnings")
    {
        Options.Add(_model);
        Options.Add(_market);
        Options.Add(_date);
        Options.Add(_warningDays);
        Options.Add(_organisation);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        await using var scope = await services.ScopeAsync(parse.GetValue(_organisation), ct);
        var registry = scope.ServiceProvider.GetRequiredService<CertificateRegistry>();
        var date = AccessCommand.ParseDate(parse.GetValue(_date)) ?? registry.Today;
        var result = await scope.ServiceProvider.GetRequiredService<MarketAccessService>()
            .CheckAsync(parse.GetRequiredValue(_model), parse.GetRequiredValue(_market), date, parse.GetValue(_warningDays), ct);
        if (!result.Succeeded)
        {
            throw new CliException(ExitCodes.NotFound, string.Join("; ", result.Errors));
        }

        var dto = ToDto(result.Value);
        var format = parse.GetValue(_format);
        if (format == OutputFormat.Json)
        {
            Output.WriteJson(dto);
            return ExitCodes.Ok;
        }

        if (format == OutputFormat.Table)
        {
            Console.WriteLine($"{dto.Model} in {dto.Market} on {dto.Date:yyyy-MM-dd}: {(dto.Eligible ? "ELIGIBLE" : "BLOCKED")}");
        }

        var rows = dto.Reasons.Select(r => (Kind: "unmet", r.Rule, Since: (DateOnly?)r.Since, r.Message))
            .Concat(dto.Met.Select(m => (Kind: "met", m.Rule, Since: (DateOnly?)null, m.Message)))
            .Concat(dto.Warnings.Select(w => (Kind: "warning", Rule: w.Rule ?? "", Since: (DateOnly?)null, w.Message)))
            .ToList();
        Output.Write(format, rows,
            Output.Col<(string Kind, string Rule, DateOnly? Since, string Message)>("status", r => r.Kind),
            Output.Col<(string Kind, string Rule, DateOnly? Since, string Message)>("rule", r => r.Rule),
            Output.Col<(string Kind, string Rule, DateOnly? Since, string Message)>("since", r => r.Since),
            Output.Col<(string Kind, string Rule, DateOnly? Since, string Message)>("message", r => r.Message));
        return ExitCodes.Ok;
    }
}
