using System.CommandLine;
using Corridor.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Logistics;

/// <summary><c>corridor plan --demand FILE [--scenario NAME] --format json|csv</c>: allocates a demand plan with OR-Tools.</summary>
public sealed class PlanCommand : Command
{
    private readonly Option<string> _demand = new("--demand") { Description = "CSV file: from,to,vehicles,tonnes,week,due (one of vehicles/tonnes per row; dates YYYY-MM-DD)", Required = true };
    private readonly Option<string?> _scenario = new("--scenario") { Description = "Allocate on a what-if scenario instead of the stored network" };
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public PlanCommand()
        : base("plan", "Allocate a demand plan over the capacitated network (flows per route and week, unmet demand, bottlenecks)")
    {
        Options.Add(_demand);
        Options.Add(_scenario);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    /// <summary>Reads a demand file; errors are <c>file:line: field: message</c>.</summary>
    public static Corridor.Common.Result<PlanInputDto> ReadDemand(string path) => PlanDemandCsv.Read(path);

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var input = ReadDemand(parse.GetRequiredValue(_demand));
        if (!input.Succeeded)
        {
            throw new CliException(ExitCodes.InvalidInput, string.Join(Environment.NewLine, input.Errors));
        }

        var request = PlanResultDto.ToRequest(input.Value);
        if (!request.Succeeded)
        {
            throw new CliException(ExitCodes.InvalidInput, string.Join("; ", request.Errors));
        }

        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        await using var scope = await services.SharedScopeAsync(ct);
        var network = await scope.ServiceProvider.GetRequiredService<ScenarioStore>().NetworkAsync(parse.GetValue(_scenario), ct);
        if (!network.Succeeded)
        {
            throw new CliException(ExitCodes.NotFound, string.Join("; ", network.Errors));
        }

        var result = PlanResultDto.From(PlanAllocator.Allocate(new NetworkGraph(network.Value), request.Value));
        var format = parse.GetValue(_format);
        if (format == OutputFormat.Json)
        {
            Output.WriteJson(result);
            return ExitCodes.Ok;
        }

        var rows = result.Flows.Select(f => (Kind: "flow", f.From, f.To, Week: f.ShipWeek, f.Quantity, Detail: f.Route, Late: f.LateWeeks))
            .Concat(result.Unmet.Select(u => (Kind: "unmet", u.From, u.To, u.Week, u.Quantity, Detail: u.Reason, Late: 0)))
            .Concat(result.Bottlenecks.Select(b => (Kind: "bottleneck", b.From, b.To, b.Week, Quantity: b.Used, Detail: $"{b.Mode} {b.Unit} capacity {b.Capacity} marginal value {b.MarginalValueUsd} USD", Late: 0)))
            .ToList();
        Output.Write(format, rows,
            Output.Col<(string Kind, string From, string To, DateOnly Week, double Quantity, string Detail, int Late)>("kind", r => r.Kind),
            Output.Col<(string Kind, string From, string To, DateOnly Week, double Quantity, string Detail, int Late)>("from", r => r.From),
            Output.Col<(string Kind, string From, string To, DateOnly Week, double Quantity, string Detail, int Late)>("to", r => r.To),
            Output.Col<(string Kind, string From, string To, DateOnly Week, double Quantity, string Detail, int Late)>("week", r => r.Week),
            Output.Col<(string Kind, string From, string To, DateOnly Week, double Quantity, string Detail, int Late)>("quantity", r => r.Quantity),
            Output.Col<(string Kind, string From, string To, DateOnly Week, double Quantity, string Detail, int Late)>("late_weeks", r => r.Late),
            Output.Col<(string Kind, string From, string To, DateOnly Week, double Quantity, string Detail, int Late)>("detail", r => r.Detail));
        return ExitCodes.Ok;
    }
}
