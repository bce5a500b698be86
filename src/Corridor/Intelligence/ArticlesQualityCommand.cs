using System.CommandLine;
using Corridor.Cli;
using Corridor.Intelligence.Quality;

namespace Corridor.Intelligence;

/// <summary>
/// <c>corridor articles quality</c>: the extractor's precision and recall on the gold set (the reference articles, which
/// the rules were tuned on: in-sample) and, on its own row, on the held-out set (never tuned on: out-of-sample) —
/// scored by <see cref="ExtractionQuality"/>, the code of the quality test. Prints totals only; no database is used.
/// </summary>
public sealed class ArticlesQualityCommand : Command
{
    private readonly Option<string?> _reference = new("--reference") { Description = "Folder of the reference CSVs (reported-figures.csv, makers, models, markets); default: data/reference of the checkout" };
    private readonly Option<string?> _news = new("--news") { Description = "Folder of the five reference articles; default: shared/reference/news next to the checkout" };
    private readonly Option<string?> _heldOut = new("--held-out") { Description = "Folder of the held-out set (articles.csv, facts.csv and the articles); default: tests/Corridor.Tests/Intelligence/HeldOut of the checkout" };
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public ArticlesQualityCommand()
        : base("quality", "Precision and recall of the figure extractor on the gold set (in-sample) and the held-out set (out-of-sample)")
    {
        Options.Add(_reference);
        Options.Add(_news);
        Options.Add(_heldOut);
        Options.Add(_format);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var reference = parse.GetValue(_reference) ?? Web.DemoCommand.FindReferenceData();
        var news = parse.GetValue(_news) ?? Above(Path.Combine("shared", "reference", "news"), ExtractionQuality.ReferenceDates.Keys.First());
        var heldOut = parse.GetValue(_heldOut) ?? Above(Path.Combine("tests", "Corridor.Tests", "Intelligence", "HeldOut"), "facts.csv");
        foreach (var (option, folder, file) in new[] { ("--reference", reference, "reported-figures.csv"), ("--news", news, ExtractionQuality.ReferenceDates.Keys.First()), ("--held-out", heldOut, "facts.csv") })
        {
            if (folder is null || !File.Exists(Path.Combine(folder, file)))
            {
                Output.Error($"{option}: {folder ?? "the default folder"} has no {file}");
                return ExitCodes.InvalidInput;
            }
        }

        var dictionary = ExtractionQuality.Dictionary(reference!);
        var results = new[] { ExtractionQuality.Gold(reference!, news!), ExtractionQuality.HeldOut(heldOut!) }.Select(s => ExtractionQuality.Score(s, dictionary)).ToList();
        (string Name, Func<ExtractionQuality.Result, object?> Value)[] measures =
        [
            ("set", r => r.Set.Name), ("sample", r => r.Sample), ("tuned_on", r => r.Set.TunedOn ? "yes" : "no"), ("extractor", r => r.Extractor),
            ("articles", r => r.Set.Articles.Count), ("facts", r => r.Set.Facts.Count), ("candidates", r => r.ValueUnit.Candidates),
            ("value_unit_precision", r => Math.Round(r.ValueUnit.Precision, 2)), ("value_unit_recall", r => Math.Round(r.ValueUnit.Recall, 2)),
            ("full_precision", r => Math.Round(r.Full.Precision, 2)), ("full_recall", r => Math.Round(r.Full.Recall, 2)),
            ("accepted", r => r.Accepted), ("subject_period_of_accepted", r => Math.Round(r.SubjectPeriodOfAccepted, 2)),
        ];
        var format = parse.GetValue(_format);
        if (format == OutputFormat.Table)
        {
            // A column per set, a measure a line: the sets side by side, each headed by whether it is in- or out-of-sample.
            Output.Write(format, measures.Skip(1), [Output.Col<(string Name, Func<ExtractionQuality.Result, object?> Value)>("measure", m => m.Name),
                .. results.Select(r => Output.Col<(string Name, Func<ExtractionQuality.Result, object?> Value)>($"{r.Set.Name} ({r.Sample})", m => m.Value(r)))]);
        }
        else
        {
            Output.Write(format, results, measures.Select(m => Output.Col(m.Name, m.Value)).ToArray());
        }

        if (format == OutputFormat.Table)
        {
            Console.WriteLine("Goals (gold set): value+unit recall >= 0.95 with precision >= 0.6; subject+period of accepted >= 0.7. "
                + "The gold set is in-sample (the rules were tuned on it); the held-out set is out-of-sample (never tuned on). docs/intelligence.md#quality");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The first <paramref name="relative"/> folder holding <paramref name="file"/> above the working directory or the executable.</summary>
    internal static string? Above(string relative, string file)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (File.Exists(Path.Combine(candidate, file)))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }

        return null;
    }
}
