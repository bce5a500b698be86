using System.Diagnostics;
using System.Globalization;
using Corridor.Logistics;

namespace Corridor.Bench.Logistics;

/// <summary>
/// Whole-process figures for route search and plan allocation that stay readable on a loaded machine: wall time and
/// the process's CPU time (all threads, GC included) per query, each against its baseline in the same run.
/// <c>route-cpu [ROUNDS]</c>: rounds of 32 queries of <see cref="RouteOptionsLargeBench"/> (k = 1, k = 5, each warm and
/// with a cold potential cache), with the median wall time per query. <c>plan-cpu</c>: one allocation each of
/// <see cref="PlanAllocationBench"/> (1 route per pair with and without the restricted LP, 3 routes, and 3 routes without the restricted LP of decision 016,
/// from each demand's cheapest column only, with GLOP's defaults and unreduced) with the total cost of each, the LPs
/// solved, the columns of the last, the Lagrangian bounds and the phases' wall time, after an untimed warm-up on a small
/// plan; names given after <c>plan-cpu</c> run only those cases.
/// </summary>
public static class LogisticsCpu
{
    public static int Route(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var bench = new RouteOptionsLargeBench();
        bench.Setup();
        var cases = new (string Name, Func<int> Run)[]
        {
            ("k=1", bench.BestRoute), ("k=5", bench.FiveOptions), ("k=1 cold", bench.BestRouteCold), ("k=5 cold", bench.FiveOptionsCold),
        };
        foreach (var (_, run) in cases)
        {
            for (var i = 0; i < 16; i++)
            {
                run();
            }
        }

        Console.WriteLine($"load average: {LoadAverage()}");
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, run) in cases)
            {
                var wall = new double[32];
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                for (var i = 0; i < wall.Length; i++)
                {
                    var t0 = Stopwatch.GetTimestamp();
                    run();
                    wall[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                }

                var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds / wall.Length;
                Array.Sort(wall);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-9} wall p50 {wall[wall.Length / 2],7:F2} ms  mean {wall.Average(),7:F2} ms  cpu {cpu,7:F2} ms/query"));
            }
        }

        Console.WriteLine($"load average: {LoadAverage()}");
        return 0;
    }

    public static int Plan(string[] args)
    {
        var graph = new NetworkGraph(BenchData.ReferenceNetwork());
        var request = BenchData.Plan(graph, pairs: 500, weeks: 52);

        // Untimed warm-up of both paths, so that no case pays for the JIT (about 0.5 s on whichever case ran first).
        var small = BenchData.Plan(graph, pairs: 40, weeks: 4);
        PlanAllocator.Allocate(graph, small, reduce: true, restriction: PlanColumnRestriction.Lagrangian);
        PlanAllocator.Allocate(graph, small, reduce: true);
        Console.WriteLine($"load average: {LoadAverage()}");
        const PlanColumnRestriction restricted = PlanColumnRestriction.Lagrangian, all = PlanColumnRestriction.None;
        var cases = new[]
        {
            ("1 route per pair", 1, true, PlanAllocator.GlopParameters, restricted),
            ("1 route, unrestricted", 1, true, PlanAllocator.GlopParameters, all),
            ("3 routes per pair", 3, true, PlanAllocator.GlopParameters, restricted),
            ("3 routes, unrestricted", 3, true, PlanAllocator.GlopParameters, all),
            ("3 routes, cheapest start", 3, true, PlanAllocator.GlopParameters, PlanColumnRestriction.CheapestColumnOnly),
            ("3 routes, GLOP defaults", 3, true, "", all),
            ("3 routes, unreduced", 3, false, PlanAllocator.GlopParameters, all),
        };
        foreach (var (name, routes, reduce, glop, restriction) in cases.Where(c => args.Length == 0 || args.Contains(c.Item1)))
        {
            var trace = new PlanAllocationTrace();
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var t0 = Stopwatch.GetTimestamp();
            var result = PlanAllocator.Allocate(graph, request with { RoutesPerPair = routes }, reduce, glop, restriction, trace);
            var wall = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-24} wall {wall,6:F2} s  cpu {cpu,6:F2} s  {result.SolverStatus} total cost {result.TotalCostUsd:F2} USD, unmet {result.Unmet.Sum(u => u.Quantity):F0}, {result.Flows.Count} flows, {result.Bottlenecks.Count()} bottlenecks"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"",-24} {trace.PricingRounds} LP(s), {trace.RestrictedColumns} of {trace.Columns} columns, {trace.SimplexIterations} iterations, added {string.Join("+", trace.ColumnsAdded)}, bounds {trace.LagrangianBounds.Lower:F0}..{trace.LagrangianBounds.Upper:F0}; {string.Join(", ", trace.Phases.Select(p => $"{p.Phase} {p.Seconds:F2}"))} s"));
        }

        Console.WriteLine($"load average: {LoadAverage()}");
        return 0;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
