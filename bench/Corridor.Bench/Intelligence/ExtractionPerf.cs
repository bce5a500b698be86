using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Corridor.Intelligence.Extraction;
using Corridor.Intelligence.Quality;

namespace Corridor.Bench.Intelligence;

/// <summary>
/// One 5,000-word article's extraction (the article of <see cref="ExtractionBenchmark"/>), timed with a stopwatch,
/// with the process's CPU time since the machine is shared:
/// <list type="bullet">
/// <item><c>-- extract-perf [ROUNDS]</c>: in this process, the subject dictionary's construction and the first
/// extraction on their own, then ROUNDS (default 200) warm extractions: mean, p50, p90, maximum.</item>
/// <item><c>-- extract-perf --cold N [ROUNDS] [--dll PATH]...</c>: N fresh processes of each DLL (default: this one;
/// give an older build's Corridor.Bench.dll to run the "before" in the same run), each reporting its first extraction;
/// prints p50, minimum and maximum of those first calls per DLL, then the warm figures of this process.</item>
/// <item><c>-- extract-perf --stages</c>: in a fresh process, the first use of each stage of the extractor on the
/// whole article (sentences, names, periods, figures, then a whole extraction): what the first call pays for.</item>
/// </list>
/// </summary>
public static partial class ExtractionPerf
{
    private static readonly DateOnly Published = ExtractionSpeed.Published;

    public static int Run(string[] args)
    {
        if (args is ["--stages", ..])
        {
            return Stages();
        }

        if (args is ["--cold", var n, .. var rest])
        {
            return Cold(int.Parse(n, CultureInfo.InvariantCulture), rest);
        }

        Warm(args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200);
        return 0;
    }

    private static (string Text, string Reference) Inputs()
    {
        var root = ExtractionBenchmark.Root();
        return (ExtractionBenchmark.Article(Path.Combine(root, "..", "shared", "reference", "news")), Path.Combine(root, "data", "reference"));
    }

    private static void Warm(int rounds)
    {
        var (text, reference) = Inputs();
        var t = ExtractionSpeed.Measure(text, Published, reference, rounds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{t.Extractor}: {t.Words} words, {t.Characters} chars, {t.Candidates} candidates; dictionary {t.DictionaryMs:0.0} ms (with reading the CSVs); first {t.FirstMs:0.0} ms; {rounds} warm: mean {t.WarmMean:0.00} ms, p50 {t.Warm(0.5):0.00} ms, p90 {t.Warm(0.9):0.00} ms, max {t.Warm(1):0.00} ms; CPU {t.CpuMsPerWarm:0.00} ms per extraction; load {Load()}"));
    }

    private static int Cold(int processes, string[] rest)
    {
        var dlls = new List<string>();
        var rounds = 200;
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == "--dll" && i + 1 < rest.Length)
            {
                dlls.Add(Path.GetFullPath(rest[++i]));
            }
            else
            {
                rounds = int.Parse(rest[i], CultureInfo.InvariantCulture);
            }
        }

        if (dlls.Count == 0)
        {
            dlls.Add(typeof(ExtractionPerf).Assembly.Location);
        }

        Console.WriteLine($"load before: {Load()}");
        var firsts = dlls.ToDictionary(d => d, _ => new List<double>());

        // Interleaved, so that a change of machine load falls on every build alike.
        for (var i = 0; i < processes; i++)
        {
            foreach (var dll in dlls)
            {
                var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
                info.ArgumentList.Add(dll);
                info.ArgumentList.Add("extract-perf");
                info.ArgumentList.Add("1");
                using var child = Process.Start(info)!;
                var output = child.StandardOutput.ReadToEnd();
                child.WaitForExit();
                var first = First().Match(output);
                if (child.ExitCode != 0 || !first.Success)
                {
                    Console.Error.WriteLine($"{dll}: exit {child.ExitCode}: {output}");
                    return 1;
                }

                firsts[dll].Add(double.Parse(first.Groups["ms"].Value, CultureInfo.InvariantCulture));
            }
        }

        foreach (var (dll, list) in firsts)
        {
            list.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{dll}: first extraction of {processes} fresh processes: p50 {list[(list.Count - 1) / 2]:0.0} ms, min {list[0]:0.0} ms, max {list[^1]:0.0} ms ({string.Join(", ", list.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))})"));
        }

        Warm(rounds);
        return 0;
    }

    private static int Stages()
    {
        var (text, reference) = Inputs();
        var clock = Stopwatch.StartNew();
        var line = new List<string>();
        void Stage(string name, Action action)
        {
            clock.Restart();
            action();
            line.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {clock.Elapsed.TotalMilliseconds:0.0} ms"));
        }

        SubjectDictionary subjects = null!;
        IReadOnlyList<Sentence> sentences = [];
        Stage("dictionary", () => subjects = ExtractionBenchmark.Subjects(reference));
        Stage("sentences", () => sentences = SentenceSplitter.Split(text));
        Stage("names", () => sentences.Sum(s => subjects.Find(s.Text).Count));
        Stage("periods", () => sentences.Sum(s => PeriodReader.Read(s, Published).Count));
        Stage("figures", () => sentences.Sum(s => FigureReader.Read(s.Text).Count));
        Stage("first extraction after those", () => FigureExtractor.Extract(text, Published, subjects));
        Stage("second extraction", () => FigureExtractor.Extract(text, Published, subjects));
        Console.WriteLine($"{FigureExtractor.Version} first use per stage: {string.Join("; ", line)}; load {Load()}");
        return 0;
    }

    private static string Load() => ExtractionSpeed.Load();

    [GeneratedRegex(@"first (?<ms>\d+(?:\.\d+)?) ms", RegexOptions.CultureInvariant)]
    private static partial Regex First();
}
