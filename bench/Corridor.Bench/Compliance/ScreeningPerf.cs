using System.Diagnostics;
using System.Globalization;
using Corridor.Compliance;
using Corridor.Compliance.Quality;

namespace Corridor.Bench.Compliance;

/// <summary>
/// <c>dotnet run -c Release --project bench/Corridor.Bench -- compliance-perf</c>: the screening figures that need
/// percentiles, whole batches or a generated list, and the pg_trgm peer in the same run. Prints a Markdown report.
/// BenchmarkDotNet classes (<see cref="IndexBuildBenchmark"/>, <see cref="SingleNameBenchmark"/>) cover the rest.
/// </summary>
public static class ScreeningPerf
{
    public static async Task<int> RunAsync(string[] args)
    {
        var inv = CultureInfo.InvariantCulture;
        var generatedSize = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 1_000_000;
        var port = args.Length > 1 && int.TryParse(args[1], out var p) ? p : 55491;
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        Console.WriteLine($"# Screening performance ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {MatcherVersion.Current}, load average at start {load})");
        Console.WriteLine();

        var sw = Stopwatch.StartNew();
        var entries = ScreeningWorkload.AllSharedLists();
        var parse = sw.Elapsed;
        var builds = new List<double>();
        ScreeningIndex index = null!;
        for (var i = 0; i < 3; i++)
        {
            sw.Restart();
            index = ScreeningIndex.Build(entries);
            builds.Add(sw.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"| measure | value | goal |");
        Console.WriteLine($"|---|---:|---|");
        Console.WriteLine(string.Create(inv, $"| parse all shared lists ({entries.Count:N0} entries) | {parse.TotalSeconds:0.00} s | |"));
        Console.WriteLine(string.Create(inv, $"| index build, all shared lists ({index.NameCount:N0} names), median of 3 | {builds.Order().ElementAt(1):0.00} s | < 5 s |"));

        var queries = ScreeningWorkload.Queries(entries, 10_000);
        foreach (var q in queries.Take(500))
        {
            index.Search(ScreeningQuery.ForName(q.Name));
        }

        var latencies = new double[queries.Count];
        var cpu = new double[queries.Count];
        for (var i = 0; i < queries.Count; i++)
        {
            var c = ThreadCpuClock.NowMilliseconds();
            var t = Stopwatch.GetTimestamp();
            index.Search(ScreeningQuery.ForName(queries[i].Name));
            latencies[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
            cpu[i] = ThreadCpuClock.NowMilliseconds() - c;
        }

        Array.Sort(latencies);
        Array.Sort(cpu);
        Console.WriteLine(string.Create(inv, $"| one name, 10,000 names one at a time: p50 / p95 / p99 / max | {P(latencies, 0.5):0.000} / {P(latencies, 0.95):0.000} / {P(latencies, 0.99):0.000} / {latencies[^1]:0.0} ms | p99 < 2 ms |"));
        if (ThreadCpuClock.Available)
        {
            // the same queries in CPU time of the querying thread: what the tail is without waiting for a shared core
            Console.WriteLine(string.Create(inv, $"| — the same in thread CPU time: p50 / p95 / p99 / max | {P(cpu, 0.5):0.000} / {P(cpu, 0.95):0.000} / {P(cpu, 0.99):0.000} / {cpu[^1]:0.0} ms | |"));
        }

        var batch = ScreeningWorkload.Queries(entries, 100_000, seed: 43);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        sw.Restart();
        var found = 0;
        Parallel.For(0, batch.Count, i =>
        {
            if (index.Search(ScreeningQuery.ForName(batch[i].Name)).Count > 0)
            {
                Interlocked.Increment(ref found);
            }
        });
        var batchSeconds = sw.Elapsed.TotalSeconds;
        var batchCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine(string.Create(inv, $"| batch of 100,000 names (Parallel.For) | {batch.Count / batchSeconds:N0} names/s ({batchSeconds:0.0} s) | ≥ 5,000 names/s |"));
        Console.WriteLine(string.Create(inv, $"| — per CPU-second of the process ({batchCpu:0.0} CPU-s); × {Environment.ProcessorCount} cores is the rate with the cores to itself | {batch.Count / batchCpu:N0} names/CPU-s | |"));

        // the peer, on the same names
        var threshold = NameComparer.DefaultThreshold;
        var sample = queries.Take(4000).ToList();
        sw.Restart();
        var ourHits = new IReadOnlyList<ScreeningHit>[sample.Count];
        Parallel.For(0, sample.Count, i => ourHits[i] = index.Search(ScreeningQuery.ForName(sample[i].Name), threshold, 10));
        var ourRate = sample.Count / sw.Elapsed.TotalSeconds;
        var ourRecall = Recall(sample, i => ourHits[i].Select(h => h.Entry.Key));

        var cases = NameBenchmark.ReadCases(Path.Combine(ScreeningWorkload.DataDirectory, "benchmarks", "name_bench_cases.csv"));
        var ourBench = NameBenchmark.Metrics(NameBenchmark.Score(cases), threshold);
        string Form(string name, string schema) => NameNormaliser.Normalise(name, NameBenchmark.KindOf(schema)).Form;

        await using (var pg = await PgTrgmPeer.StartAsync(port))
        {
            var sims = await pg.SimilaritiesAsync(cases.Select(c => (Form(c.Name1, c.Schema), Form(c.Name2, c.Schema))).ToList());
            var peerThreshold = Enumerable.Range(1, 99).Select(k => k / 100.0)
                .Where(t => BinaryMetrics.Of(cases.Select((c, i) => (c.IsMatch, sims[i] >= t))).Recall >= ourBench.Recall).DefaultIfEmpty(0.01).Max();
            var peerBench = BinaryMetrics.Of(cases.Select((c, i) => (c.IsMatch, sims[i] >= peerThreshold)));

            await pg.LoadAsync(entries.SelectMany(e => e.Names.Select(nm => (e.Key, Form(nm.Text, e.Type == ListEntryType.Person ? "Person" : "Company"))).Distinct()));
            var sampleForms = sample.Select(q => NameNormaliser.Normalise(q.Name).Form).ToList();
            await pg.SearchAsync(sampleForms.Take(200).ToList(), peerThreshold, 10, Environment.ProcessorCount);
            sw.Restart();
            var peerHits = await pg.SearchAsync(sampleForms, peerThreshold, 10, Environment.ProcessorCount);
            var peerRate = sample.Count / sw.Elapsed.TotalSeconds;
            var peerRecall = Recall(sample, i => peerHits[i]);

            Console.WriteLine();
            Console.WriteLine("## Same-run peer: PostgreSQL 15 pg_trgm (GIN index, `%` with `pg_trgm.similarity_threshold`, top 10 by `similarity`)");
            Console.WriteLine();
            Console.WriteLine("pg_trgm is given the matcher's own normalised form (transliterated, legal forms canonical) of every name; its threshold is the highest at which its recall on the name benchmark is at least the matcher's.");
            Console.WriteLine();
            Console.WriteLine("| | Corridor matcher | pg_trgm |");
            Console.WriteLine("|---|---:|---:|");
            Console.WriteLine(string.Create(inv, $"| threshold | {threshold:0.00} | {peerThreshold:0.00} |"));
            Console.WriteLine(string.Create(inv, $"| name benchmark precision / recall / F1 | {ourBench.Precision:0.000} / {ourBench.Recall:0.000} / {ourBench.F1:0.000} | {peerBench.Precision:0.000} / {peerBench.Recall:0.000} / {peerBench.F1:0.000} |"));
            Console.WriteLine(string.Create(inv, $"| {sample.Count:N0} list-derived and invented names against all shared lists: names/s ({Environment.ProcessorCount} workers) | {ourRate:N0} | {peerRate:N0} |"));
            Console.WriteLine(string.Create(inv, $"| recall on those names (the source entry in the top 10) | {ourRecall:0.000} | {peerRecall:0.000} |"));
            Console.WriteLine(string.Create(inv, $"| invented names with any hit (false alarms) | {FalseAlarms(sample, i => ourHits[i].Count):0.000} | {FalseAlarms(sample, i => peerHits[i].Length):0.000} |"));
        }

        // a generated list of a million names
        entries = [];
        index = null!;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        sw.Restart();
        var big = ScreeningIndex.Build(ScreeningWorkload.Generated(generatedSize));
        var bigBuild = sw.Elapsed.TotalSeconds;
        var heap = GC.GetTotalMemory(true) - before;
        var bigQueries = ScreeningWorkload.Queries(big.Entries, 20_000, seed: 44);
        var bigCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        sw.Restart();
        Parallel.For(0, bigQueries.Count, i => big.Search(ScreeningQuery.ForName(bigQueries[i].Name)));
        var bigRate = bigQueries.Count / sw.Elapsed.TotalSeconds;
        var bigCpu = (Process.GetCurrentProcess().TotalProcessorTime - bigCpuBefore).TotalSeconds;
        var bigRecall = Recall(bigQueries, i => big.Search(ScreeningQuery.ForName(bigQueries[i].Name), threshold, 10).Select(h => h.Entry.Key), 2000);
        Console.WriteLine();
        Console.WriteLine($"## Generated list of {generatedSize:N0} names");
        Console.WriteLine();
        Console.WriteLine("| measure | value | goal |");
        Console.WriteLine("|---|---:|---|");
        Console.WriteLine(string.Create(inv, $"| index build | {bigBuild:0.0} s | |"));
        Console.WriteLine(string.Create(inv, $"| managed heap held by the index | {heap / 1048576.0:N0} MiB | |"));
        Console.WriteLine(string.Create(inv, $"| peak working set of the whole run | {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB | ≤ 2 GiB |"));
        Console.WriteLine(string.Create(inv, $"| 20,000 names (half variants of generated names, half invented) | {bigRate:N0} names/s | ≥ 1,000 names/s |"));
        Console.WriteLine(string.Create(inv, $"| — per CPU-second of the process ({bigCpu:0.0} CPU-s) | {bigQueries.Count / bigCpu:N0} names/CPU-s | |"));
        Console.WriteLine(string.Create(inv, $"| recall on the variants (first 2,000 names) | {bigRecall:0.000} | |"));
        return 0;
    }

    private static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private static double Recall(IReadOnlyList<ScreeningWorkload.Query> queries, Func<int, IEnumerable<string>> keys, int take = int.MaxValue)
    {
        int expected = 0, hit = 0;
        for (var i = 0; i < Math.Min(take, queries.Count); i++)
        {
            if (queries[i].ExpectedKey is { } key)
            {
                expected++;
                hit += keys(i).Contains(key) ? 1 : 0;
            }
        }

        return expected == 0 ? 0 : (double)hit / expected;
    }

    private static double FalseAlarms(IReadOnlyList<ScreeningWorkload.Query> queries, Func<int, int> hits)
    {
        var invented = Enumerable.Range(0, queries.Count).Where(i => queries[i].ExpectedKey is null).ToArray();
        return invented.Length == 0 ? 0 : (double)invented.Count(i => hits(i) > 0) / invented.Length;
    }
}
