using Corridor.Logistics;

namespace Corridor.Bench.Logistics;

/// <summary>Inputs shared by the logistics benchmarks.</summary>
public static class BenchData
{
    public static NetworkDefinition ReferenceNetwork()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Corridor.slnx")))
        {
            dir = dir.Parent;
        }

        var folder = Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("Corridor.slnx not found"), "data", "reference");
        var result = NetworkFiles.Read(folder);
        return result.Succeeded ? result.Value : throw new InvalidOperationException(string.Join("\n", result.Errors));
    }

    /// <summary>
    /// <paramref name="pairs"/> reachable origin–destination pairs (every ordered pair of distinct nodes with a route, in a
    /// fixed shuffled order), each with a weekly volume of 5–25 vehicles due three weeks after it is ready.
    /// </summary>
    public static PlanRequest Plan(NetworkGraph graph, int pairs, int weeks)
    {
        var def = graph.Definition;
        var rng = new Random(11);
        var all = (from a in def.Nodes from b in def.Nodes where a.Code != b.Code select (a.Code, b.Code)).OrderBy(_ => rng.Next()).ToList();
        var chosen = new List<(string, string)>();
        foreach (var (a, b) in all)
        {
            if (chosen.Count == pairs)
            {
                break;
            }

            if (RouteFinder.CandidatePaths(graph, a, b, true, 1).Count > 0)
            {
                chosen.Add((a, b));
            }
        }

        var start = new DateOnly(2027, 1, 4);
        var demands = new List<PlanDemand>(pairs * weeks);
        foreach (var (a, b) in chosen)
        {
            for (var w = 0; w < weeks; w++)
            {
                demands.Add(new PlanDemand(a, b, true, rng.Next(5, 26), start.AddDays(7 * w), start.AddDays((7 * w) + 21)));
            }
        }

        return new PlanRequest(demands, start, weeks);
    }
}
