using System.CommandLine;
using Corridor.Cli;

namespace Corridor.MarketAccess;

/// <summary><c>corridor access timeline --model NAME --market ISO2 [--format json]</c>: the intervals <c>{from, until, eligible, reason}</c>.</summary>
public sealed class AccessTimelineCommand : Command
{
    private readonly Option<string> _model = new("--model") { Description = "Model code or name", Required = true };
    private readonly Option<string> _market = new("--market") { Description = "Market, ISO 3166-1 alpha-2", Required = true };
    private readonly Option<string?> _from = AccessCommand.DateOption("--from", "First day of the timeline (default 2000-01-01)");
    private readonly Option<string?> _until = AccessCommand.DateOption("--until", "First day after the timeline (default: open-ended; the last interval has until null)");
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: false);
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public AccessTimelineCommand()
        : base("timeline", "The intervals in which a model could or could not be sold in a market, with the reason of each")
    {
        Options.Add(_model);
        Options.Add(_market);
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
        var result = await scope.ServiceProvider.GetRequiredService<MarketAccessService>().TimelineAsync(
            parse.GetRequiredValue(_model), parse.GetRequiredValue(_market), AccessCommand.ParseDate(parse.GetValue(_from)), AccessCommand.ParseDate(parse.GetValue(_until)), ct);
        if (!result.Succeeded)
        {
            throw new CliException(result.Errors.Any(e => e.StartsWith("until", StringComparison.Ordinal)) ? ExitCodes.Usage : ExitCodes.NotFound, string.Join("; ", result.Errors));
        }

        Output.Write(parse.GetValue(_format), result.Value,
            Output.Col<TimelineInterval>("from", i => i.From),
            Output.Col<TimelineInterval>("until", i => i.Until),
            Output.Col<TimelineInterval>("eligible", i => i.Eligible),
            Output.Col<TimelineInterval>("reason", i => i.Reason));
        return ExitCodes.Ok;
    }
}
