using System.Diagnostics;
using System.Runtime;
using System.Text;
using Corridor.Intelligence.Extraction;

namespace Corridor.Intelligence.Quality;

/// <summary>
/// The speed goal of issue 15, extraction of one 5,000-word article under 200 ms, measured in the process that calls
/// it (<c>corridor articles speed</c> in the shipped executable; the bench's <c>extract-perf</c> and
/// <c>ExtractionBenchmark</c>): the first extraction of the process on its own (cold: code and regular expressions used
/// for the first time), then warm rounds, with the process's CPU time since the machine may be shared.
/// </summary>
public static class ExtractionSpeed
{
    public const int Words = 5_000;

    /// <summary>The publication date the benchmark article is read against (that of the first reference article).</summary>
    public static readonly DateOnly Published = new(2022, 11, 28);

    /// <param name="DictionaryMs">Building the subject dictionary from the reference CSVs (reading them included).</param>
    /// <param name="FirstMs">The first extraction of the process.</param>
    /// <param name="WarmMs">The later extractions, sorted.</param>
    /// <param name="FirstJitMethods">Methods the JIT compiled during the first extraction (what ReadyToRun did not precompile).</param>
    /// <param name="FirstJitMs">Time this thread spent in the JIT during the first extraction.</param>
    public sealed record Timing(string Extractor, int Words, int Characters, int Candidates, double DictionaryMs, double FirstMs, IReadOnlyList<double> WarmMs, double CpuMsPerWarm)
    {
        public long FirstJitMethods { get; init; }

        public double FirstJitMs { get; init; }

        /// <summary>The server's start-up warm-up (<see cref="FigureExtractor.WarmUp"/>) run before the first extraction; null when not run.</summary>
        public double? WarmUpMs { get; init; }

        public double? WarmMean => WarmMs.Count == 0 ? null : WarmMs.Average();

        /// <summary>The <paramref name="p"/> quantile (nearest rank) of the warm extractions.</summary>
        public double? Warm(double p) => WarmMs.Count == 0 ? null : WarmMs[Math.Clamp((int)Math.Ceiling(p * WarmMs.Count) - 1, 0, WarmMs.Count - 1)];
    }

    /// <summary>The five reference articles one after another, repeated and cut at the first line end after <see cref="Words"/> words.</summary>
    public static string Article(string newsFolder)
    {
        var sources = Directory.GetFiles(newsFolder, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        if (sources.Count == 0)
        {
            throw new FileNotFoundException($"no .txt article in {newsFolder}");
        }

        var text = new StringBuilder();
        var words = 0;
        for (var i = 0; words < Words; i++)
        {
            foreach (var line in sources[i % sources.Count].ReplaceLineEndings("\n").Split('\n'))
            {
                text.Append(line).Append('\n');
                words += WordCount(line);
                if (words >= Words)
                {
                    break;
                }
            }
        }

        return text.ToString();
    }

    /// <summary>Builds the intake's dictionary from <paramref name="referenceFolder"/>, then extracts <paramref name="text"/> once cold and <paramref name="rounds"/> times warm.</summary>
    /// <param name="warmUpFirst">Run the server's start-up warm-up before (the first extraction after the server has started).</param>
    public static Timing Measure(string text, DateOnly published, string referenceFolder, int rounds, bool warmUpFirst = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clock = Stopwatch.StartNew();
        if (warmUpFirst)
        {
            FigureExtractor.WarmUp();
        }

        double? warmUp = warmUpFirst ? clock.Elapsed.TotalMilliseconds : null;
        clock.Restart();
        var subjects = new SubjectDictionary(ExtractionQuality.IntakeEntries(referenceFolder));
        var dictionary = clock.Elapsed.TotalMilliseconds;

        var jitMethods = JitInfo.GetCompiledMethodCount(currentThread: true);
        var jitTime = JitInfo.GetCompilationTime(currentThread: true);
        clock.Restart();
        var candidates = FigureExtractor.Extract(text, published, subjects).Candidates.Count;
        var first = clock.Elapsed.TotalMilliseconds;
        jitMethods = JitInfo.GetCompiledMethodCount(currentThread: true) - jitMethods;
        var jitMs = (JitInfo.GetCompilationTime(currentThread: true) - jitTime).TotalMilliseconds;

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var warm = new List<double>(Math.Max(0, rounds));
        for (var i = 0; i < rounds; i++)
        {
            clock.Restart();
            FigureExtractor.Extract(text, published, subjects);
            warm.Add(clock.Elapsed.TotalMilliseconds);
        }

        var cpuPer = rounds == 0 ? 0 : (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / rounds;
        warm.Sort();
        return new Timing(FigureExtractor.Version, WordCount(text), text.Length, candidates, dictionary, first, warm, cpuPer) { FirstJitMethods = jitMethods, FirstJitMs = jitMs, WarmUpMs = warmUp };
    }

    /// <summary>The one-minute load average (Linux), or "n/a".</summary>
    public static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
