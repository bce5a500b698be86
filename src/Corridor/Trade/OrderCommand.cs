using System.CommandLine;
using Corridor.Cli;

namespace Corridor.Trade;

/// <summary><c>corridor order promise|confirm ORDER</c>: the order promise, and confirmation with capacity booked.</summary>
public sealed class OrderCommand : Command
{
    public OrderCommand()
        : base("order", "Orders: the promise (market access, screening, ceilings, routes, landed cost) and confirmation")
    {
        Subcommands.Add(new OrderPromiseCommand());
        Subcommands.Add(new OrderConfirmCommand());
    }
}

/// <summary><c>corridor order promise ORDER [--format json]</c>: exits 0 when the order can be confirmed, 1 when something blocks it.</summary>
public sealed class OrderPromiseCommand : Command
{
    private readonly Argument<string> _order = new("ORDER") { Description = "Order number (e.g. DEMO-RU-SAMAND)" };
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: false);
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public OrderPromiseCommand()
        : base("promise", "Can the order be delivered, how, and at what landed price? Lists every blocker with its reason")
    {
        Arguments.Add(_order);
        Options.Add(_organisation);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        await using var scope = await services.ScopeAsync(parse.GetValue(_organisation), ct);
        var number = parse.GetRequiredValue(_order);
        var result = await scope.ServiceProvider.GetRequiredService<OrderService>().PromiseAsync(number, ct)
            ?? throw new CliException(ExitCodes.NotFound, $"no order '{number}'");
        var dto = TradeDtos.ToDto(result.Value);
        var format = parse.GetValue(_format);
        if (format == OutputFormat.Json)
        {
            Output.WriteJson(dto);
        }
        else
        {
            Print(dto, format);
        }

        return dto.CanConfirm ? ExitCodes.Ok : ExitCodes.Failure;
    }

    internal static void Print(TradeDtos.PromiseDto dto, OutputFormat format)
    {
        if (format == OutputFormat.Table)
        {
            Console.WriteLine($"Order {dto.Order} ({dto.Status}) to {dto.Market} by {dto.RequestedDate:yyyy-MM-dd}: {(dto.CanConfirm ? "CAN BE CONFIRMED" : "BLOCKED")}");
            if (dto.LandedCost.Total is { } total)
            {
                Console.WriteLine($"Landed cost: {total.Amount:N2} {total.Currency}");
            }
        }

        var rows = dto.Blockers.Select(b => (Kind: "blocker", What: b.Kind, Line: b.Line, Message: b.Reason))
            .Concat(dto.Warnings.Select(w => (Kind: "warning", What: "", Line: (int?)null, Message: w)))
            .Concat(dto.Routes.Select(r => (Kind: r.Chosen ? "route*" : "route", What: $"#{r.Rank}", Line: (int?)null,
                Message: $"ETA {r.EtaP50:yyyy-MM-dd} (p90 {r.EtaP90:yyyy-MM-dd}), {r.Cost.Amount:N0} {r.Cost.Currency}, {(r.HasRoom ? "room" : "no room")}{(r.Late ? ", late" : "")}")))
            .Concat(dto.LandedCost.Lines.Select(l => (Kind: "landed", What: l.Item, Line: (int?)l.Line, Message: $"{l.UnitTotal.Amount:N2} {l.UnitTotal.Currency} per unit ({l.Regime})")))
            .ToList();
        Output.Write(format, rows,
            Output.Col<(string Kind, string What, int? Line, string Message)>("kind", r => r.Kind),
            Output.Col<(string Kind, string What, int? Line, string Message)>("what", r => r.What),
            Output.Col<(string Kind, string What, int? Line, string Message)>("line", r => r.Line),
            Output.Col<(string Kind, string What, int? Line, string Message)>("message", r => r.Message));
    }
}

/// <summary><c>corridor order confirm ORDER</c>: re-checks every gate and books capacity in one transaction; exit 5 when refused.</summary>
public sealed class OrderConfirmCommand : Command
{
    private readonly Argument<string> _order = new("ORDER") { Description = "Order number" };
    private readonly Option<string?> _override = new("--override-ceiling") { Description = "Pass an agreement ceiling, with this reason (recorded; administrator decision)" };
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: false);
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public OrderConfirmCommand()
        : base("confirm", "Confirm an order: re-check every gate and book capacity, all or nothing")
    {
        Arguments.Add(_order);
        Options.Add(_override);
        Options.Add(_organisation);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        await using var scope = await services.ScopeAsync(parse.GetValue(_organisation), ct);
        var number = parse.GetRequiredValue(_order);

        // The command line acts with the operator's full rights (as for imports), so it may override with a reason.
        var result = await scope.ServiceProvider.GetRequiredService<OrderService>().ConfirmAsync(number, parse.GetValue(_override), isAdmin: true, ct)
            ?? throw new CliException(ExitCodes.NotFound, $"no order '{number}'");
        if (!result.Succeeded)
        {
            throw new CliException(ExitCodes.Conflict, $"order {number.ToUpperInvariant()} not confirmed:\n  " + string.Join("\n  ", result.Errors));
        }

        var dto = TradeDtos.ToDto(result.Value);
        if (parse.GetValue(_format) == OutputFormat.Json)
        {
            Output.WriteJson(dto);
        }
        else
        {
            Console.WriteLine($"Order {dto.Order} confirmed; capacity booked on route #{dto.Routes.FirstOrDefault(r => r.Chosen)?.Rank}.");
        }

        return ExitCodes.Ok;
    }
}
