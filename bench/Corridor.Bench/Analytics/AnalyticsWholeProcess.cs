using System.Diagnostics;
using System.Globalization;
using Corridor.Analytics;
using Corridor.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Bench.Analytics;

/// <summary>
/// Whole-process analytics measurements used by bench/Corridor.Bench/Analytics/analytics-bench.sh:
/// <c>analytics gen-only DB FROM UNTIL SCALE</c> (generator alone, no writes),
/// <c>analytics queries DB REPEATS</c> (the dashboard's queries, p50/p95 each),
/// <c>analytics parquet DB FILE</c> and <c>analytics duckdb FILE REPEATS</c> (the DuckDB peer over the same lines).
/// </summary>
public static class AnalyticsWholeProcess
{
    public static async Task<int> RunAsync(string[] args)
    {
        switch (args)
        {
            case ["gen-only", var db, var from, var until, var scale, ..]:
                await GenerateOnlyAsync(db, DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(until, CultureInfo.InvariantCulture), double.Parse(scale, CultureInfo.InvariantCulture));
                return 0;
            case ["queries", var db, var repeats, ..]:
                await DashboardQueries.RunAsync(db, int.Parse(repeats, CultureInfo.InvariantCulture));
                return 0;
            case ["parquet", var db, var file, ..]:
                await DuckDbPeer.ExportAsync(db, file);
                return 0;
            case ["duckdb", var file, var repeats, ..]:
                DuckDbPeer.Run(file, int.Parse(repeats, CultureInfo.InvariantCulture));
                return 0;
            default:
                Console.Error.WriteLine("usage: analytics gen-only DB FROM UNTIL SCALE | queries DB REPEATS | parquet DB FILE | duckdb FILE REPEATS");
                return 2;
        }
    }

    private static async Task GenerateOnlyAsync(string database, DateOnly from, DateOnly until, double scale)
    {
        await using var services = CliServices.Create(database);
        await using var scope = await services.ScopeAsync("DEMO", CancellationToken.None);
        var clock = Stopwatch.StartNew();
        var inputs = await scope.ServiceProvider.GetRequiredService<HistoryService>().LoadInputsAsync(from, until, scale, 1);
        var generator = new HistoryGenerator(inputs);
        var setup = clock.Elapsed;
        long n = 0;
        long units = 0;
        foreach (var f in generator.Generate())
        {
            n++;
            units += f.Units;
        }

        var gen = clock.Elapsed - setup;
        Console.WriteLine($"gen-only: {n:N0} lines ({units:N0} units) in {gen.TotalSeconds:0.00} s = {n / gen.TotalSeconds:N0} lines/s; setup (inputs, eligibility calendar, routes) {setup.TotalSeconds:0.00} s");
    }
}
