using Corridor.Catalog;
using Corridor.Common;
using Corridor.Compliance;
using Corridor.Logistics;
using Corridor.MarketAccess;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary>
/// The order promise: for an order of the acting organisation, market access of every model line on the requested
/// day (market-access service), screening of every party (the compliance gate), the agreement's ceilings, route options
/// with free capacity and arrival estimates (logistics route engine) and the landed cost per unit in the destination
/// currency. Exchange rates convert at the promise day (today); landed-cost rules apply as of the requested day.
/// </summary>
public sealed class PromiseService(
    CorridorDbContext db, MarketAccessService access, IScreeningGate gate, TradeReferenceStore reference, NetworkStore network, TimeProvider clock)
{
    /// <summary>Route options shown per promise.</summary>
    public const int RouteOptions = 3;

    public async Task<OrderPromise> PromiseAsync(TradeOrder order, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var blockers = new List<PromiseBlocker>();
        var warnings = new List<string>();
        var refs = await reference.LoadAsync(ct);
        var market = await db.Markets.AsNoTracking().SingleOrDefaultAsync(m => m.Iso2 == order.Market, ct);
        if (market is null)
        {
            blockers.Add(new PromiseBlocker(BlockerKind.MarketAccess, null, $"unknown market '{order.Market}'"));
        }

        var destination = market is null ? Currency.USD : Currency.Parse(market.CurrencyCode);
        var modelCodes = order.Lines.Where(l => l.ItemKind == OrderItemKind.Model).Select(l => l.ItemCode).Distinct().ToList();
        var partCodes = order.Lines.Where(l => l.ItemKind == OrderItemKind.Part).Select(l => l.ItemCode).Distinct().ToList();
        var models = await db.VehicleModels.AsNoTracking().Include(m => m.Maker).Where(m => modelCodes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, StringComparer.OrdinalIgnoreCase, ct);
        var parts = await db.Parts.AsNoTracking().Include(p => p.Maker).Where(p => partCodes.Contains(p.PartNumber)).ToDictionaryAsync(p => p.PartNumber, StringComparer.OrdinalIgnoreCase, ct);

        // Route and cargo first: freight per unit feeds the landed cost.
        var vehicles = order.Lines.Where(l => l.ItemKind == OrderItemKind.Model).Sum(l => l.Quantity);
        var partTonnes = order.Lines.Where(l => l.ItemKind == OrderItemKind.Part && parts.ContainsKey(l.ItemCode)).Sum(l => l.Quantity * parts[l.ItemCode].WeightKg / 1000m);
        Cargo? cargo = vehicles > 0 ? Cargo.Vehicles(vehicles) : partTonnes > 0 ? Cargo.Tonnes(partTonnes) : null;
        var (routes, chosen) = await RoutesAsync(order, cargo, today, blockers, warnings, ct);

        var engine = modelCodes.Count > 0 ? await access.LoadEngineAsync(ct) : null;
        var tonnesByLine = order.Lines.ToDictionary(l => l.LineNo, l => l.Quantity * (l.ItemKind == OrderItemKind.Model
            ? (models.TryGetValue(l.ItemCode, out var m) ? m.KerbWeightKg : 0) : (parts.TryGetValue(l.ItemCode, out var p) ? p.WeightKg : 0)) / 1000m);
        var totalTonnes = tonnesByLine.Values.Sum();
        var lines = new List<PromiseLine>();
        foreach (var line in order.Lines.OrderBy(l => l.LineNo))
        {
            lines.Add(PromiseLineFor(order, line, models, parts, engine, market, destination, chosen, tonnesByLine[line.LineNo], totalTonnes, today, refs, blockers, warnings));
        }

        var parties = await PartiesAsync(order, blockers, ct);
        var (ceilings, ceilingMinor) = await CeilingsAsync(order, models, parts, refs.Rates, blockers, warnings, ct);
        return new OrderPromise(order.Number, TradeOrder.Describe(order.Status), today, order.RequestedDate, order.Market, destination.Code,
            lines, parties, ceilings, routes, blockers, warnings)
        {
            ChosenRoute = chosen,
            Cargo = cargo,
            CeilingValueMinor = ceilingMinor,
        };
    }

    private PromiseLine PromiseLineFor(TradeOrder order, OrderLine line, Dictionary<string, VehicleModel> models, Dictionary<string, Part> parts, EligibilityEngine? engine,
        Market? market, Currency destination, RouteOption? chosen, decimal lineTonnes, decimal totalTonnes, DateOnly today, TradeReference refs,
        List<PromiseBlocker> blockers, List<string> warnings)
    {
        var price = new Money(line.UnitPrice, Currency.Parse(order.Currency));
        string hs;
        int? cc = null;
        string origin;
        bool? eligible = null;
        IReadOnlyList<string> reasons = [], accessWarnings = [];
        if (line.ItemKind == OrderItemKind.Model)
        {
            if (!models.TryGetValue(line.ItemCode, out var model))
            {
                blockers.Add(new PromiseBlocker(BlockerKind.Item, line.LineNo, $"unknown model '{line.ItemCode}'"));
                return new PromiseLine(line.LineNo, "model", line.ItemCode, line.Quantity, price, null, [], [], null, []);
            }

            var answer = engine!.Check(ModelProfile.Of(model), order.Market, order.RequestedDate);
            eligible = answer.Eligible;
            reasons = answer.Reasons.Select(r => r.Message).ToList();
            accessWarnings = answer.Warnings.Select(w => w.Message).ToList();
            foreach (var r in answer.Reasons)
            {
                blockers.Add(new PromiseBlocker(BlockerKind.MarketAccess, line.LineNo, $"{model.Code} in {order.Market} on {order.RequestedDate:yyyy-MM-dd}: {r.Message}"));
            }

            hs = model.HsCodeDigits;
            cc = model.EngineCc;
            origin = model.Maker?.Country ?? "";
        }
        else
        {
            if (!parts.TryGetValue(line.ItemCode, out var part))
            {
                blockers.Add(new PromiseBlocker(BlockerKind.Item, line.LineNo, $"unknown part '{line.ItemCode}'"));
                return new PromiseLine(line.LineNo, "part", line.ItemCode, line.Quantity, price, null, [], [], null, []);
            }

            hs = part.HsCodeDigits;
            origin = part.Maker?.Country ?? "";
        }

        if (market is null)
        {
            return new PromiseLine(line.LineNo, Kind(line), line.ItemCode, line.Quantity, price, eligible, reasons, accessWarnings, null, []);
        }

        var freight = chosen is null || totalTonnes <= 0 || line.Quantity == 0
            ? Money.Zero(chosen?.Cost.Currency ?? Currency.USD)
            : new Money(chosen.Cost.Amount * lineTonnes / totalTonnes / line.Quantity, chosen.Cost.Currency);
        var input = new LandedCostInput(order.Market, market.CustomsUnion, origin, hs, cc, price, freight, order.Incoterm, destination, order.RequestedDate, today);
        var cost = LandedCostCalculator.Compute(input, refs.Rules, refs.Preferences, refs.Rates);
        if (!cost.Succeeded)
        {
            foreach (var problem in cost.Problems)
            {
                if (problem.Kind == LandedCostProblemKind.ExchangeRate)
                {
                    blockers.Add(new PromiseBlocker(BlockerKind.ExchangeRate, line.LineNo, problem.Message));
                }
                else
                {
                    warnings.Add($"line {line.LineNo}: {problem.Message}");
                }
            }
        }

        return new PromiseLine(line.LineNo, Kind(line), line.ItemCode, line.Quantity, price, eligible, reasons, accessWarnings,
            cost.Succeeded ? cost.Value : null, cost.Errors);
    }

    private static string Kind(OrderLine line) => line.ItemKind == OrderItemKind.Model ? "model" : "part";

    private async Task<(List<PromiseRoute>, RouteOption?)> RoutesAsync(TradeOrder order, Cargo? cargo, DateOnly today, List<PromiseBlocker> blockers, List<string> warnings, CancellationToken ct)
    {
        var routes = new List<PromiseRoute>();
        if (cargo is not { } c)
        {
            blockers.Add(new PromiseBlocker(BlockerKind.Route, null, "the order has no line that can be shipped"));
            return (routes, null);
        }

        var ready = order.OrderDate > today ? order.OrderDate : today;
        var request = new RouteRequest(order.OriginNode, order.DeliveryNode, c, ready) { Due = order.RequestedDate, MaxOptions = RouteOptions };
        var answer = RouteFinder.Find(new NetworkGraph(await NetworkForAsync(ready, order.RequestedDate, ct)), request);
        if (!answer.Feasible)
        {
            // The route engine only offers options that fit; when capacity is what rules them all out, alone or together
            // with the schedule and closures, it says so.
            var kind = answer.Refusals.Any(r => r.Kind is RouteRefusalKind.Capacity or RouteRefusalKind.Unsatisfiable) ? BlockerKind.Capacity : BlockerKind.Route;
            blockers.Add(new PromiseBlocker(kind, null, $"no route from {order.OriginNode} to {order.DeliveryNode} for {c}: {string.Join("; ", answer.Reasons)}"));
            return (routes, null);
        }

        RouteOption? chosen = null;
        foreach (var option in answer.Options)
        {
            var scheduled = option.Legs.Where(l => l.DepartureId is not null && l.FreeCapacity is not null && l.CapacityUnit is not null).ToList();
            var tightest = scheduled.MinBy(l => l.FreeCapacity!.Value - c.UnitsOn(l.CapacityUnit!.Value));
            var room = scheduled.All(l => l.FreeCapacity!.Value >= c.UnitsOn(l.CapacityUnit!.Value));
            var pick = room && chosen is null && !option.Late;
            if (pick)
            {
                chosen = option;
            }

            routes.Add(new PromiseRoute(option.Rank, option.EtaP50, option.EtaP90, option.Cost, option.Late, tightest?.FreeCapacity,
                tightest?.CapacityUnit?.ToString().ToLowerInvariant(), tightest is null ? null : c.UnitsOn(tightest.CapacityUnit!.Value), room, pick,
                option.Legs.Select(l => l.ServiceCode is { } s ? $"{l.From}→{l.To} {l.Mode.ToString().ToLowerInvariant()} {s} {l.DepartsAt:yyyy-MM-dd}" : $"{l.From}→{l.To} {l.Mode.ToString().ToLowerInvariant()}").ToList()));
        }

        if (chosen is null)
        {
            var late = answer.Options.Select((o, i) => (o, i)).FirstOrDefault(x => routes[x.i].HasRoom);
            if (late.o is not null)
            {
                chosen = late.o;
                routes[late.i] = routes[late.i] with { Chosen = true };
                warnings.Add($"every route with room arrives after the requested day {order.RequestedDate:yyyy-MM-dd}; the best arrives {late.o.EtaP50:yyyy-MM-dd} (p50)");
            }
            else
            {
                var tight = routes.Where(r => r.LeastFreeCapacity is not null).Select(r => $"option {r.Rank}: {r.UnitsNeeded} {r.CapacityUnit} needed, {r.LeastFreeCapacity} free").ToList();
                blockers.Add(new PromiseBlocker(BlockerKind.Capacity, null, $"no route option has room for {c}: {string.Join("; ", tight)}"));
            }
        }

        return (routes, chosen);
    }

    /// <summary>Days after the requested day up to which departures are loaded, so that late options can still be offered.</summary>
    public const int DepartureSlackDays = 120;

    /// <summary>
    /// The stored network (<see cref="NetworkStore"/>) with only the departures between the ready day and
    /// <see cref="DepartureSlackDays"/> after the requested day: a promise never routes over later sailings, and loading
    /// two years of timetable on every promise was most of its cost (docs/trade.md, Benchmark).
    /// </summary>
    private Task<NetworkDefinition> NetworkForAsync(DateOnly ready, DateOnly due, CancellationToken ct) =>
        network.LoadAsync(new DateTimeOffset(ready.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            new DateTimeOffset(due.AddDays(DepartureSlackDays).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), ct);

    private async Task<List<PromiseParty>> PartiesAsync(TradeOrder order, List<PromiseBlocker> blockers, CancellationToken ct)
    {
        var roles = await OrderParties.RolesAsync(db, order, ct);
        var ids = roles.Select(r => r.Id).ToList();
        var result = await gate.CheckAsync(ids, ct);
        var names = await db.Counterparties.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var parties = new List<PromiseParty>();
        foreach (var (id, role) in roles)
        {
            var blocks = result.Blocks.Where(b => b.CounterpartyId == id).Select(b => b.ToString()).ToList();
            parties.Add(new PromiseParty(id, names.GetValueOrDefault(id, id.ToString()), role, blocks.Count > 0, blocks));
            blockers.AddRange(blocks.Select(b => new PromiseBlocker(BlockerKind.Screening, null, b)));
        }

        return parties;
    }

    private async Task<(IReadOnlyList<CeilingAssessment>, long?)> CeilingsAsync(TradeOrder order, Dictionary<string, VehicleModel> models, Dictionary<string, Part> parts, ExchangeRateTable rates,
        List<PromiseBlocker> blockers, List<string> warnings, CancellationToken ct)
    {
        if (order.AgreementId is not { } agreementId)
        {
            return ([], null);
        }

        var agreement = await db.Set<Agreement>().AsNoTracking().Include(a => a.QuantityCeilings).SingleOrDefaultAsync(a => a.Id == agreementId, ct);
        if (agreement is null)
        {
            blockers.Add(new PromiseBlocker(BlockerKind.Agreement, null, "the order's agreement is not visible"));
            return ([], null);
        }

        if (agreement.RefusalOn(order.OrderDate) is { } refusal)
        {
            blockers.Add(new PromiseBlocker(BlockerKind.Agreement, null, refusal));
        }

        // A confirmed order is already in the committed figures: it adds nothing again.
        long? minor = null;
        var value = rates.Convert(order.Total, agreement.Currency, order.OrderDate);
        if (!value.Succeeded)
        {
            blockers.AddRange(value.Errors.Select(e => new PromiseBlocker(BlockerKind.ExchangeRate, null, $"{e} (the order's value against agreement {agreement.Code})")));
        }
        else
        {
            minor = Agreement.ToMinor(value.Value);
        }

        var ceilings = agreement.AssessCeilings(value.Succeeded ? value.Value : null,
            qc => order.Lines.Where(l => qc.Covers(l.ItemCode, GroupOf(l, parts))).Sum(l => l.Quantity), alreadyCommitted: order.Commits);
        blockers.AddRange(ceilings.Select(c => c.Refusal).OfType<string>().Select(r => new PromiseBlocker(BlockerKind.Ceiling, null, r)));
        warnings.AddRange(ceilings.Select(c => c.Warning).OfType<string>());
        return (ceilings, minor);
    }

    internal static string GroupOf(OrderLine line, IReadOnlyDictionary<string, Part> parts) =>
        line.ItemKind == OrderItemKind.Model ? QuantityCeiling.VehiclesGroup : parts.TryGetValue(line.ItemCode, out var p) ? p.ProductGroup : "";
}
