using System.Text.Json;
using System.Text.Json.Serialization;
using Corridor.Common;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Logistics;

/// <summary>Side-by-side indicators of one scenario (or the baseline) for a comparison.</summary>
public sealed record ScenarioKpis(
    string Scenario,
    decimal? BestRouteCostUsd,
    double? BestRouteTransitDaysP50,
    double? BestRouteTransitDaysP90,
    int RouteOptions,
    string? BestRoute,
    double? PlanTotalCostUsd,
    double? PlanUnmet,
    double? PlanMeanUtilisation,
    int? PlanBottlenecks);

/// <summary>Stores what-if scenarios and builds the network they describe.</summary>
public sealed class ScenarioStore(CorridorDbContext db, NetworkStore network, TimeProvider clock)
{
    public const string Baseline = "BASELINE";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static Result<List<ScenarioChange>> ParseChanges(string json)
    {
        try
        {
            var changes = JsonSerializer.Deserialize<List<ScenarioChange>>(json, Json);
            return changes is { Count: > 0 } ? Result<List<ScenarioChange>>.Success(changes) : Result<List<ScenarioChange>>.Failure("the scenario has no changes");
        }
        catch (JsonException ex)
        {
            return Result<List<ScenarioChange>>.Failure($"the changes are not valid JSON: {ex.Message}");
        }
    }

    /// <summary>Creates or replaces a scenario after checking that its changes apply to the current baseline.</summary>
    public async Task<Result<Scenario>> SaveAsync(string name, string? description, IReadOnlyList<ScenarioChange> changes, CancellationToken ct = default)
    {
        if (string.Equals(name, Baseline, StringComparison.OrdinalIgnoreCase))
        {
            return Result<Scenario>.Failure($"'{Baseline}' names the network as stored and cannot be a scenario");
        }

        var applied = NetworkScenario.Apply(await network.LoadAsync(ct), changes);
        if (!applied.Succeeded)
        {
            return Result<Scenario>.Failure(applied.Errors);
        }

        var json = JsonSerializer.Serialize(changes, Json);
        var existing = await db.Set<Scenario>().SingleOrDefaultAsync(s => s.Name == name.ToUpperInvariant(), ct);
        Scenario scenario;
        try
        {
            scenario = existing ?? new Scenario(name, description, json, clock.GetUtcNow());
        }
        catch (ArgumentException ex)
        {
            return Result<Scenario>.Failure(ex.Message.Split(" (Parameter")[0]);
        }

        if (existing is null)
        {
            db.Add(scenario);
        }
        else
        {
            existing.Replace(description, json);
        }

        await db.SaveChangesAsync(ct);
        return Result<Scenario>.Success(scenario);
    }

    public Task<List<Scenario>> ListAsync(CancellationToken ct = default) => db.Set<Scenario>().AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);

    /// <summary>The network of a scenario, or the stored network for null or <c>BASELINE</c>.</summary>
    public async Task<Result<NetworkDefinition>> NetworkAsync(string? name, CancellationToken ct = default)
    {
        var baseline = await network.LoadAsync(ct);
        if (name is null || string.Equals(name, Baseline, StringComparison.OrdinalIgnoreCase))
        {
            return Result<NetworkDefinition>.Success(baseline);
        }

        var scenario = await db.Set<Scenario>().AsNoTracking().SingleOrDefaultAsync(s => s.Name == name.ToUpperInvariant(), ct);
        if (scenario is null)
        {
            return Result<NetworkDefinition>.Failure($"no scenario named '{name}'");
        }

        var changes = ParseChanges(scenario.ChangesJson);
        return changes.Succeeded ? NetworkScenario.Apply(baseline, changes.Value) : Result<NetworkDefinition>.Failure(changes.Errors);
    }

    /// <summary>KPIs of a scenario for one route question and, when given, one plan.</summary>
    public async Task<Result<ScenarioKpis>> KpisAsync(string? name, RouteRequest route, PlanRequest? plan, CancellationToken ct = default)
    {
        var def = await NetworkAsync(name, ct);
        if (!def.Succeeded)
        {
            return Result<ScenarioKpis>.Failure(def.Errors);
        }

        var graph = new NetworkGraph(def.Value);
        var answer = RouteFinder.Find(graph, route);
        var best = answer.Options.FirstOrDefault();
        PlanResult? planned = plan is null ? null : PlanAllocator.Allocate(graph, plan);
        var used = planned?.CapacityUse.Where(c => c.Used > 1e-9 && c.Capacity > 0).ToList();
        return Result<ScenarioKpis>.Success(new ScenarioKpis(
            (name ?? Baseline).ToUpperInvariant(),
            best?.Cost.Amount,
            best is null ? null : Math.Round(best.TransitDaysP50, 2),
            best is null ? null : Math.Round((best.EtaP90 - best.ReadyAt).TotalDays, 2),
            answer.Options.Count,
            best is null ? null : string.Join(" > ", best.Legs.Select(l => l.From).Append(best.Legs[^1].To)),
            planned is null ? null : Math.Round(planned.TotalCostUsd, 2),
            planned is null ? null : Math.Round(planned.Unmet.Sum(u => u.Quantity), 3),
            used is null || used.Count == 0 ? null : Math.Round(used.Average(c => c.Utilisation), 4),
            planned?.Bottlenecks.Count()));
    }
}
