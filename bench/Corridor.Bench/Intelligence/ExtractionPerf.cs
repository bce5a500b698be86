using System.Diagnostics;
using System.Globalization;
using Corridor.Intelligence.Extraction;

namespace Corridor.Bench.Intelligence;

/// <summary>
/// <c>-- extract-perf [ROUNDS]</c>: the article of <see cref="ExtractionBenchmark"/> extracted ROUNDS times (default
/// 200) in a fresh process, timed with a stopwatch: the first (cold: regex construction, JIT) extraction on its own,
/// then the mean, p50, p90 and the maximum of the rest, with the process's CPU time, since the machine is shared.
/// </summary>
public static class ExtractionPerf
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var root = ExtractionBenchmark.Root();
        var text = ExtractionBenchmark.Article(Path.Combine(root, "..", "shared", "reference", "news"));
        var subjects = ExtractionBenchmark.Subjects(Path.Combine(root, "data", "reference"));
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var published = new DateOnly(2022, 11, 28);

        var clock = Stopwatch.StartNew();
        var candidates = FigureExtractor.Extract(text, published, subjects).Candidates.Count;
        var cold = clock.Elapsed.TotalMilliseconds;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var times = new double[rounds];
        for (var i = 0; i < rounds; i++)
        {
            clock.Restart();
            candidates = FigureExtractor.Extract(text, published, subjects).Candidates.Count;
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        var cpuPer = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / rounds;
        Array.Sort(times);
        double P(double p) => times[Math.Min(rounds - 1, (int)Math.Ceiling(p * rounds) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{FigureExtractor.Version}: {words} words, {text.Length} chars, {candidates} candidates; first {cold:0.0} ms; {rounds} warm: mean {times.Average():0.00} ms, p50 {P(0.5):0.00} ms, p90 {P(0.9):0.00} ms, max {times[^1]:0.00} ms; CPU {cpuPer:0.00} ms per extraction; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        return 0;
    }
}
