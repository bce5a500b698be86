using System.CommandLine;
using System.Globalization;
using Corridor.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Logistics;

/// <summary><c>corridor route --from NODE --to NODE --vehicles N | --tonnes T --ready YYYY-MM-DD [--due …] [--objective …] [--scenario NAME] --format json</c>.</summary>
public sealed class RouteCommand : Command
{
    private readonly Option<string> _from = new("--from") { Description = "Origin node code (e.g. IKCO-TEHRAN)", Required = true };
    private readonly Option<string> _to = new("--to") { Description = "Destination node code (e.g. RU-MOSCOW)", Required = true };
    private readonly Option<int?> _vehicles = new("--vehicles") { Description = "Number of vehicles (or give --tonnes)" };
    private readonly Option<decimal?> _tonnes = new("--tonnes") { Description = "Tonnes of parts (or give --vehicles)" };
    private readonly Option<string> _ready = new("--ready") { Description = "Ready date YYYY-MM-DD (00:00 UTC)", Required = true };
    private readonly Option<string?> _due = new("--due") { Description = "Due date YYYY-MM-DD (median arrival by the end of that day)" };
    private readonly Option<RouteObjective> _objective = new("--objective") { Description = "cheapest, fastest or balanced (cost + price per day)", DefaultValueFactory = _ => RouteObjective.Balanced };
    private readonly Option<string?> _scenario = new("--scenario") { Description = "Run on a what-if scenario instead of the stored network" };
    private readonly Option<int> _options = new("--options", "-k") { Description = "How many options (1-20)", DefaultValueFactory = _ => 5 };
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public RouteCommand()
        : base("route", "Ranked route options for a shipment over the corridor network")
    {
        foreach (var o in new Option[] { _from, _to, _vehicles, _tonnes, _ready, _due, _objective, _scenario, _options, _format })
        {
            Options.Add(o);
        }

        Validators.Add(r =>
        {
            if ((r.GetValue(_vehicles) is null) == (r.GetValue(_tonnes) is null))
            {
                r.AddError("give exactly one of --vehicles and --tonnes");
            }

            foreach (var (opt, text) in new[] { ("--ready", r.GetValue(_ready)), ("--due", r.GetValue(_due)) })
            {
                if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    r.AddError($"{opt} '{text}' is not a date YYYY-MM-DD");
                }
            }
        });
        SetAction(RunAsync);
    }

    internal static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var query = new RouteQueryDto(parse.GetRequiredValue(_from), parse.GetRequiredValue(_to), parse.GetValue(_vehicles), parse.GetValue(_tonnes),
            Date(parse.GetRequiredValue(_ready)), parse.GetValue(_due) is { } d ? Date(d) : null, parse.GetValue(_objective), MaxOptions: parse.GetValue(_options));
        var request = query.ToRequest();
        if (!request.Succeeded)
        {
            throw new CliException(ExitCodes.Usage, string.Join("; ", request.Errors));
        }

        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        await using var scope = await services.SharedScopeAsync(ct);
        var network = await scope.ServiceProvider.GetRequiredService<ScenarioStore>().NetworkAsync(parse.GetValue(_scenario), ct);
        if (!network.Succeeded)
        {
            throw new CliException(ExitCodes.NotFound, string.Join("; ", network.Errors));
        }

        var answer = RouteFinder.Find(new NetworkGraph(network.Value), request.Value);
        if (!answer.Feasible)
        {
            foreach (var reason in answer.Reasons)
            {
                Output.Error(reason);
            }

            if (parse.GetValue(_format) == OutputFormat.Json)
            {
                Output.WriteJson(Array.Empty<RouteOptionDto>());
            }

            return ExitCodes.Conflict;
        }

        var options = answer.Options.Select(RouteOptionDto.From).ToList();
        if (parse.GetValue(_format) == OutputFormat.Json)
        {
            Output.WriteJson(options);
            return ExitCodes.Ok;
        }

        Output.Write(parse.GetValue(_format), options,
            Output.Col<RouteOptionDto>("rank", o => o.Rank),
            Output.Col<RouteOptionDto>("route", o => string.Join(" > ", o.Legs.Select(l => $"{l.From} ({l.Mode})").Append(o.Legs[^1].To))),
            Output.Col<RouteOptionDto>("cost_usd", o => o.Cost.Amount),
            Output.Col<RouteOptionDto>("eta_p50", o => o.EtaP50),
            Output.Col<RouteOptionDto>("eta_p90", o => o.EtaP90),
            Output.Col<RouteOptionDto>("co2_kg", o => o.Co2Kg),
            Output.Col<RouteOptionDto>("gauge_changes", o => string.Join(";", o.GaugeChanges)),
            Output.Col<RouteOptionDto>("late", o => o.Late));
        return ExitCodes.Ok;
    }
}
