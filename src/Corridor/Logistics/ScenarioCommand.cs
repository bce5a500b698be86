using System.CommandLine;
using Corridor.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Logistics;

/// <summary><c>corridor scenario create|list|compare</c>: what-if scenarios over the corridor network.</summary>
public sealed class ScenarioCommand : Command
{
    public ScenarioCommand()
        : base("scenario", "What-if scenarios over the corridor network: create, list, compare")
    {
        Subcommands.Add(new CreateVerb());
        Subcommands.Add(new ListVerb());
        Subcommands.Add(new CompareVerb());
    }

    private sealed class CreateVerb : Command
    {
        private readonly Argument<string> _name = new("name") { Description = "Scenario name (letters, digits, '-')" };
        private readonly Option<string> _changes = new("--changes") { Description = "JSON file: an array of changes (kind link_capacity|border_delay|link_closed|new_link|node_facilities; see docs/logistics.md)", Required = true };
        private readonly Option<string?> _description = new("--description") { Description = "What the scenario is about" };

        public CreateVerb()
            : base("create", "Create or replace a scenario from a JSON file of changes")
        {
            Arguments.Add(_name);
            Options.Add(_changes);
            Options.Add(_description);
            SetAction(RunAsync);
        }

        private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
        {
            var path = parse.GetRequiredValue(_changes);
            if (!File.Exists(path))
            {
                throw new CliException(ExitCodes.InvalidInput, $"{path}: no such file");
            }

            var changes = ScenarioStore.ParseChanges(await File.ReadAllTextAsync(path, ct));
            if (!changes.Succeeded)
            {
                throw new CliException(ExitCodes.InvalidInput, $"{Path.GetFileName(path)}: {string.Join("; ", changes.Errors)}");
            }

            await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
            await using var scope = await services.SharedScopeAsync(ct);
            var saved = await scope.ServiceProvider.GetRequiredService<ScenarioStore>().SaveAsync(parse.GetRequiredValue(_name), parse.GetValue(_description), changes.Value, ct);
            if (!saved.Succeeded)
            {
                throw new CliException(ExitCodes.InvalidInput, $"{Path.GetFileName(path)}: {string.Join("; ", saved.Errors)}");
            }

            Console.WriteLine($"scenario {saved.Value.Name}: {changes.Value.Count} change(s) saved");
            return ExitCodes.Ok;
        }
    }

    private sealed class ListVerb : Command
    {
        private readonly Option<OutputFormat> _format = CommonOptions.Format();

        public ListVerb()
            : base("list", "List the stored scenarios")
        {
            Options.Add(_format);
            SetAction(RunAsync);
        }

        private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
        {
            await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
            await using var scope = await services.SharedScopeAsync(ct);
            var list = await scope.ServiceProvider.GetRequiredService<ScenarioStore>().ListAsync(ct);
            Output.Write(parse.GetValue(_format), list,
                Output.Col<Scenario>("name", s => s.Name),
                Output.Col<Scenario>("changes", s => ScenarioStore.ParseChanges(s.ChangesJson) is { Succeeded: true } c ? c.Value.Count : 0),
                Output.Col<Scenario>("description", s => s.Description),
                Output.Col<Scenario>("created_at", s => s.CreatedAt));
            return ExitCodes.Ok;
        }
    }

    private sealed class CompareVerb : Command
    {
        private readonly Argument<string[]> _names = new("scenarios") { Description = "Two or more scenario names; BASELINE is the stored network", Arity = new ArgumentArity(2, 8) };
        private readonly Option<string> _from = new("--from") { Description = "Origin node of the reference shipment", DefaultValueFactory = _ => "IKCO-TEHRAN" };
        private readonly Option<string> _to = new("--to") { Description = "Destination node of the reference shipment", DefaultValueFactory = _ => "RU-MOSCOW" };
        private readonly Option<int> _vehicles = new("--vehicles") { Description = "Vehicles in the reference shipment", DefaultValueFactory = _ => 100 };
        private readonly Option<string> _ready = new("--ready") { Description = "Ready date of the reference shipment, YYYY-MM-DD", Required = true };
        private readonly Option<string?> _demand = new("--demand") { Description = "Optional demand plan CSV (as for 'corridor plan') to compare plan KPIs" };
        private readonly Option<OutputFormat> _format = CommonOptions.Format();

        public CompareVerb()
            : base("compare", "Compare KPIs (route cost and transit, plan cost, unmet demand, utilisation) side by side")
        {
            Arguments.Add(_names);
            foreach (var o in new Option[] { _from, _to, _vehicles, _ready, _demand, _format })
            {
                Options.Add(o);
            }

            SetAction(RunAsync);
        }

        private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
        {
            PlanRequest? plan = null;
            if (parse.GetValue(_demand) is { } file)
            {
                var input = PlanCommand.ReadDemand(file);
                var request = input.Succeeded ? PlanResultDto.ToRequest(input.Value) : Corridor.Common.Result<PlanRequest>.Failure(input.Errors);
                if (!request.Succeeded)
                {
                    throw new CliException(ExitCodes.InvalidInput, string.Join(Environment.NewLine, request.Errors));
                }

                plan = request.Value;
            }

            var route = new RouteRequest(parse.GetRequiredValue(_from), parse.GetRequiredValue(_to), Cargo.Vehicles(parse.GetValue(_vehicles)), RouteCommand.Date(parse.GetRequiredValue(_ready)));
            await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
            await using var scope = await services.SharedScopeAsync(ct);
            var store = scope.ServiceProvider.GetRequiredService<ScenarioStore>();
            var rows = new List<ScenarioKpis>();
            foreach (var name in parse.GetRequiredValue(_names))
            {
                var kpis = await store.KpisAsync(name, route, plan, ct);
                if (!kpis.Succeeded)
                {
                    throw new CliException(ExitCodes.NotFound, string.Join("; ", kpis.Errors));
                }

                rows.Add(kpis.Value);
            }

            Output.Write(parse.GetValue(_format), rows,
                Output.Col<ScenarioKpis>("scenario", k => k.Scenario),
                Output.Col<ScenarioKpis>("best_route_cost_usd", k => k.BestRouteCostUsd),
                Output.Col<ScenarioKpis>("transit_days_p50", k => k.BestRouteTransitDaysP50),
                Output.Col<ScenarioKpis>("transit_days_p90", k => k.BestRouteTransitDaysP90),
                Output.Col<ScenarioKpis>("best_route", k => k.BestRoute),
                Output.Col<ScenarioKpis>("plan_cost_usd", k => k.PlanTotalCostUsd),
                Output.Col<ScenarioKpis>("plan_unmet", k => k.PlanUnmet),
                Output.Col<ScenarioKpis>("plan_mean_utilisation", k => k.PlanMeanUtilisation),
                Output.Col<ScenarioKpis>("plan_bottlenecks", k => k.PlanBottlenecks));
            return ExitCodes.Ok;
        }
    }
}
