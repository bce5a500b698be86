using System.Diagnostics;
using Corridor.Analytics;
using Corridor.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Corridor.Bench.Analytics;

/// <summary>Times each query the dashboard runs for its default view (the whole history) and for one year and one market, with p50 and p95 over the repeats.</summary>
public static class DashboardQueries
{
    public static async Task RunAsync(string database, int repeats)
    {
        await using var services = CliServices.Create(database);
        await using var scope = await services.ScopeAsync("DEMO", CancellationToken.None);
        var analytics = scope.ServiceProvider.GetRequiredService<AnalyticsService>();
        var dims = await analytics.DimensionsAsync();
        var all = new AnalyticsFilter(AnalyticsPeriod.MonthStart(dims.FirstMonth!.Value), AnalyticsPeriod.MonthStart(dims.LastMonth!.Value).AddMonths(1));
        var year = new AnalyticsFilter(new DateOnly(2023, 1, 1), new DateOnly(2024, 1, 1), Market: "RU");
        var queries = new (string Name, Func<Task<int>> Run)[]
        {
            ("exports by month", async () => (await analytics.ExportsAsync(all, Granularity.Month, ExportDimensions.None)).Count),
            ("exports by quarter x market", async () => (await analytics.ExportsAsync(all, Granularity.Quarter, ExportDimensions.Market)).Count),
            ("exports by year x maker x item", async () => (await analytics.ExportsAsync(all, Granularity.Year, ExportDimensions.Maker | ExportDimensions.Item)).Count),
            ("exports by year x product group", async () => (await analytics.ExportsAsync(all, Granularity.Year, ExportDimensions.ProductGroup)).Count),
            ("exports by year x currency", async () => (await analytics.ExportsAsync(all, Granularity.Year, ExportDimensions.Currency)).Count),
            ("growth by quarter", async () => (await analytics.GrowthAsync(all, Granularity.Quarter)).Count),
            ("target attainment", async () => (await analytics.TargetsAsync(all)).Count),
            ("utilisation by link x quarter", async () => (await analytics.UtilisationAsync(all, Granularity.Quarter)).Count),
            ("lead times", async () => (await analytics.LeadTimesAsync(all)).Buckets.Count),
            ("RU 2023 by month x item", async () => (await analytics.ExportsAsync(year, Granularity.Month, ExportDimensions.Item)).Count),
            ("RU 2023 lead times", async () => (await analytics.LeadTimesAsync(year)).Buckets.Count),
            ("drill-down 200 lines RU 2023", async () => (await analytics.LinesAsync(year, limit: 200)).Count),
        };
        Console.WriteLine($"{"query",-34} {"rows",6} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        var worst = 0.0;
        foreach (var (name, run) in queries)
        {
            var rows = await run();
            var times = new List<double>();
            for (var i = 0; i < repeats; i++)
            {
                var sw = Stopwatch.StartNew();
                await run();
                times.Add(sw.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            var p95 = times[(int)Math.Ceiling(0.95 * times.Count) - 1];
            worst = Math.Max(worst, p95);
            Console.WriteLine($"{name,-34} {rows,6} {times[times.Count / 2],8:0.0} {p95,8:0.0} {times[^1],8:0.0}");
        }

        Console.WriteLine($"worst p95: {worst:0.0} ms");
    }
}
