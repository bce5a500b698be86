using System.CommandLine;
using Corridor.Cli;
using Corridor.Intelligence.Quality;

namespace Corridor.Intelligence;

/// <summary>
/// <c>corridor articles speed</c>: times the extractor in this process — the first extraction (cold) and
/// <c>--rounds</c> more (warm) — on a text file or, by default, the 5,000-word benchmark article built from the five
/// reference articles (<see cref="ExtractionSpeed"/>). The shipped executable's own figure for the goal "one 5,000-word
/// article under 200 ms"; no database is used. bench/extraction-cold.sh runs it in fresh processes.
/// </summary>
public sealed class ArticlesSpeedCommand : Command
{
    private readonly Option<string?> _file = new("--file") { Description = "A text file to extract; default: the 5,000-word benchmark article" };
    private readonly Option<DateOnly?> _published = new("--published") { Description = "Publication date (yyyy-MM-dd) the file is read against; default 2022-11-28" };
    private readonly Option<int> _rounds = new("--rounds") { Description = "Warm extractions after the first (0: the first only)", DefaultValueFactory = _ => 50 };
    private readonly Option<string?> _reference = new("--reference") { Description = "Folder of the reference CSVs the subject dictionary is built from; default: data/reference of the checkout" };
    private readonly Option<string?> _news = new("--news") { Description = "Folder of the reference articles; default: shared/reference/news next to the checkout" };
    private readonly Option<bool> _warmUp = new("--warm-up") { Description = "Run the server's start-up warm-up first: the first extraction as a user sees it after `corridor serve` has started" };
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public ArticlesSpeedCommand()
        : base("speed", "Time the figure extractor in this process: the first (cold) extraction and warm ones (goal: a 5,000-word article under 200 ms)")
    {
        Options.Add(_file);
        Options.Add(_published);
        Options.Add(_rounds);
        Options.Add(_reference);
        Options.Add(_news);
        Options.Add(_warmUp);
        Options.Add(_format);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var reference = parse.GetValue(_reference) ?? Web.DemoCommand.FindReferenceData();
        if (reference is null || !File.Exists(Path.Combine(reference, "makers.csv")))
        {
            Output.Error($"--reference: {reference ?? "the default folder"} has no makers.csv");
            return ExitCodes.InvalidInput;
        }

        var rounds = parse.GetValue(_rounds);
        if (rounds is < 0 or > 10_000)
        {
            Output.Error("--rounds: between 0 and 10000");
            return ExitCodes.InvalidInput;
        }

        string text;
        if (parse.GetValue(_file) is { } file)
        {
            if (!File.Exists(file))
            {
                Output.Error($"--file: {file} not found");
                return ExitCodes.InvalidInput;
            }

            text = File.ReadAllText(file).ReplaceLineEndings("\n");
        }
        else if ((parse.GetValue(_news) ?? ArticlesQualityCommand.Above(Path.Combine("shared", "reference", "news"), ExtractionQuality.ReferenceDates.Keys.First())) is { } news && Directory.Exists(news))
        {
            text = ExtractionSpeed.Article(news);
        }
        else
        {
            Output.Error("--news: the reference articles were not found; give --news or --file");
            return ExitCodes.InvalidInput;
        }

        var t = ExtractionSpeed.Measure(text, parse.GetValue(_published) ?? ExtractionSpeed.Published, reference, rounds, parse.GetValue(_warmUp));
        var load = ExtractionSpeed.Load();
        var format = parse.GetValue(_format);
        (string Name, object? Value)[] measures =
        [
            ("extractor", t.Extractor), ("words", t.Words), ("characters", t.Characters), ("candidates", t.Candidates),
            ("warm_up_ms", Round(t.WarmUpMs)), ("dictionary_ms", Math.Round(t.DictionaryMs, 1)), ("first_ms", Math.Round(t.FirstMs, 1)),
            ("first_jit_methods", t.FirstJitMethods), ("first_jit_ms", Math.Round(t.FirstJitMs, 1)), ("warm_rounds", t.WarmMs.Count),
            ("warm_mean_ms", Round(t.WarmMean)), ("warm_p50_ms", Round(t.Warm(0.5))), ("warm_p90_ms", Round(t.Warm(0.9))), ("warm_max_ms", Round(t.Warm(1))),
            ("cpu_ms_per_warm", Math.Round(t.CpuMsPerWarm, 2)), ("load", load),
        ];
        if (format == OutputFormat.Table)
        {
            // One measure a line: a row of fifteen columns does not fit a terminal.
            Output.Write(format, measures, Output.Col<(string Name, object? Value)>("measure", m => m.Name), Output.Col<(string Name, object? Value)>("value", m => m.Value));
        }
        else
        {
            Output.Write(format, new[] { measures }, measures.Select((m, i) => Output.Col<(string Name, object? Value)[]>(m.Name, r => r[i].Value)).ToArray());
        }

        return ExitCodes.Ok;
    }

    private static double? Round(double? ms) => ms is { } m ? Math.Round(m, 2) : null;
}
