using System.Diagnostics;
using Corridor.Catalog;
using Corridor.Logistics;
using Corridor.MarketAccess;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Analytics;

/// <summary>What <see cref="HistoryService.GenerateAsync"/> did.</summary>
/// <remarks>
/// <see cref="Generation"/> is generating and writing the lines (wall clock), <see cref="GenerationCpu"/> the CPU time
/// the whole process used meanwhile (both threads; a figure that a machine shared with other work disturbs less);
/// <see cref="Rollups"/> is rebuilding the indexes and the rollups after them.
/// </remarks>
public sealed record GenerationOutcome(long Lines, int Routes, long DroppedIneligible, long DroppedCapacity, long Delayed, TimeSpan Generation, TimeSpan Rollups, TimeSpan GenerationCpu);

/// <summary>
/// Fills the acting organisation's shipment lines with a generated history: loads the catalogue, the market-access
/// engine and the corridor network, finds up to three routes from each maker's plant to each market's gateway with the
/// logistics route finder, replaces the organisation's generated lines and routes in one transaction, streams the new
/// lines in bulk, and rebuilds the rollups.
/// </summary>
public sealed class HistoryService(CorridorDbContext db, MarketAccessService access, NetworkStore network)
{
    /// <summary>The node each market is delivered to on the modelled network (assumption); markets not listed are off the network.</summary>
    public static readonly IReadOnlyDictionary<string, string> Gateways = new Dictionary<string, string>
    {
        ["RU"] = "RU-MOSCOW", ["BY"] = "BY-MINSK", ["KZ"] = "KZ-AKTAU", ["AZ"] = "AZ-ASTARA", ["TM"] = "TM-BEREKET", ["OM"] = "OM-SOHAR",
    };

    public async Task<HistoryInputs> LoadInputsAsync(DateOnly from, DateOnly until, double scale, int seed, CancellationToken ct = default)
    {
        var makers = await db.Makers.AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Code, ct);
        var models = (await db.VehicleModels.AsNoTracking().ToListAsync(ct))
            .Where(m => m.ListPriceAmount is not null && m.ListPriceCurrency == "USD")
            .Select(m => new HistoryModel(ModelProfile.Of(m), makers[m.MakerId], m.Category == VehicleCategory.N1 ? "light-commercial" : "passenger-car", m.KerbWeightKg, m.ListPriceAmount!.Value))
            .OrderBy(m => m.Profile.Code, StringComparer.Ordinal).ToList();
        var parts = (await db.Parts.AsNoTracking().ToListAsync(ct))
            .Where(p => p.UnitPriceAmount is not null && p.UnitPriceCurrency == "USD")
            .Select(p => new HistoryPart(p.PartNumber, makers[p.MakerId], p.ProductGroup, p.WeightKg, p.UnitPriceAmount!.Value))
            .OrderBy(p => p.PartNumber, StringComparer.Ordinal).ToList();
        var engine = await access.LoadEngineAsync(ct);
        var routes = Routes(await network.LoadAsync(ct), models.Select(m => m.Maker).Concat(parts.Select(p => p.Maker)).Distinct().Order(StringComparer.Ordinal), from);
        return new HistoryInputs(from, until, scale, seed, models, parts, routes, engine);
    }

    public async Task<GenerationOutcome> GenerateAsync(DateOnly from, DateOnly until, double scale, int seed, Action<long, int, int>? progress = null, CancellationToken ct = default)
    {
        var organisation = db.CurrentOrganisationId ?? throw new InvalidOperationException("no organisation selected");
        var inputs = await LoadInputsAsync(from, until, scale, seed, ct);
        var generator = new HistoryGenerator(inputs);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
        var rollbackJournal = await BulkLoad.EnterRollbackJournalAsync(db, ct);
        try
        {
            return await LoadAsync(organisation, inputs, generator, progress, ct);
        }
        finally
        {
            if (rollbackJournal)
            {
                await BulkLoad.RestoreWalAsync(db, CancellationToken.None);
            }
        }
    }

    private async Task<GenerationOutcome> LoadAsync(Guid organisation, HistoryInputs inputs, HistoryGenerator generator, Action<long, int, int>? progress, CancellationToken ct)
    {
        // One unit of work under the execution strategy: a transient failure on PostgreSQL repeats all of it.
        var (lines, generation, cpu, clock) = await db.Database.CreateExecutionStrategy().ExecuteAsync(() => WriteAsync(organisation, inputs, generator, progress, ct));
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE shipment_lines; ANALYZE shipment_monthly; ANALYZE shipment_lead_times;", ct);
        }

        return new GenerationOutcome(lines, inputs.Routes.Count, generator.DroppedIneligible, generator.DroppedCapacity, generator.Delayed, generation, clock.Elapsed - generation, cpu);
    }

    private async Task<(long Lines, TimeSpan Generation, TimeSpan Cpu, Stopwatch Clock)> WriteAsync(Guid organisation, HistoryInputs inputs, HistoryGenerator generator,
        Action<long, int, int>? progress, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM shipment_lines WHERE organisation_id = {0}", [organisation], ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM shipment_route_links WHERE organisation_id = {0}", [organisation], ct);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM shipment_routes WHERE organisation_id = {0}", [organisation], ct);
        foreach (var r in inputs.Routes.Where(r => r.Links.Count > 0))
        {
            db.Add(new ShipmentRoute(r.Id, r.Maker, r.Market, r.Branch, r.Links.Select(l => (l.Key, l.From, l.To))));
        }

        await db.SaveChangesAsync(ct);
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144;", ct);
        }

        var indexes = await BulkLoad.DropSecondaryIndexesAsync(db, ct);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var lines = await ShipmentLineWriter.WriteAsync(db, organisation, BulkLoad.Pipelined(generator.Generate(), ct), ShipmentLine.Generated,
            n => progress?.Invoke(n, generator.DaysDone, generator.TotalDays), ct);
        var generation = clock.Elapsed;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        await BulkLoad.CreateIndexesAsync(db, indexes, ct);
        await AnalyticsRollups.RebuildAsync(db, organisation, ct);
        await tx.CommitAsync(ct);
        return (lines, generation, cpu, clock);
    }

    /// <summary>Up to three route options (balanced cost and time) from each maker's plant to each market's gateway.</summary>
    public static IReadOnlyList<HistoryRoute> Routes(NetworkDefinition definition, IEnumerable<string> makers, DateOnly ready)
    {
        var graph = new NetworkGraph(definition);
        var links = new Dictionary<string, Link>(StringComparer.Ordinal);
        foreach (var l in definition.Links)
        {
            links[l.Key] = l;
            if (l.Bidirectional)
            {
                links.TryAdd(Link.KeyOf(l.ToCode, l.FromCode, l.Mode), l);
            }
        }

        var routes = new List<HistoryRoute>();
        var markets = ProgrammeCurve.VehicleMarkets.Select(m => m.Market).Concat(ProgrammeCurve.PartsMarkets.Select(m => m.Market)).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var maker in makers)
        {
            var plant = definition.Nodes.FirstOrDefault(n => n.Kind == NodeKind.Factory && n.Code.StartsWith(maker + "-", StringComparison.OrdinalIgnoreCase));
            foreach (var market in markets)
            {
                if (plant is null || !Gateways.TryGetValue(market, out var gateway))
                {
                    continue;
                }

                var answer = RouteFinder.Find(graph, new RouteRequest(plant.Code, gateway, Cargo.Vehicles(10), ready) { MaxOptions = 3 });
                foreach (var option in answer.Options)
                {
                    var legs = option.Legs.Select(leg =>
                    {
                        var key = Link.KeyOf(leg.From, leg.To, leg.Mode);
                        links.TryGetValue(key, out var link);
                        decimal? slots = link?.CapacityVehiclesPerWeek is { } v ? v : link?.CapacityTonnesPerWeek is { } t ? t / 10m : null;
                        return new HistoryLink(link?.Key ?? key, leg.From, leg.To, slots);
                    }).ToList();
                    routes.Add(new HistoryRoute(routes.Count + 1, maker, market, BranchOf(option), option.TransitDaysP50, legs));
                }
            }
        }

        return routes;
    }

    private static string BranchOf(RouteOption option)
    {
        var branches = option.Branches.ToList();
        return branches.Contains(CorridorBranch.Western) ? "western"
            : branches.Contains(CorridorBranch.TransCaspian) ? "trans_caspian"
            : branches.Contains(CorridorBranch.Eastern) ? "eastern"
            : "feeder";
    }
}
