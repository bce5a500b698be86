using System.CommandLine;
using Corridor.Cli;
using Corridor.Compliance.Quality;

namespace Corridor.Compliance;

/// <summary><c>corridor screening quality</c>: writes the matcher quality report (docs/compliance-quality.md).</summary>
public sealed class ScreeningQualityCommand : Command
{
    private readonly Option<string> _data = new("--data") { Description = "Folder of the shared sanctions data (with benchmarks/)", DefaultValueFactory = _ => Corridor.Web.DemoCommand.FindSanctionsLists() ?? "../shared/data/sanctions" };
    private readonly Option<string?> _own = new("--own") { Description = "The own Iranian/Russian test set (CSV: query,type,expected,notes)" };
    private readonly Option<string[]> _negatives = new("--negatives") { Description = "Negative sets, one or more files: names on no list (CSV: key,name,script,type,birth_year,region,part)", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> _output = new("--output") { Description = "Markdown file to write; default: standard output" };

    public ScreeningQualityCommand()
        : base("quality", "Measure the name matcher on the shared benchmarks at its fixed threshold, beside OpenSanctions logic-v2")
    {
        Options.Add(_data);
        Options.Add(_own);
        Options.Add(_negatives);
        Options.Add(_output);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var data = parse.GetRequiredValue(_data);
        if (!File.Exists(Path.Combine(data, "benchmarks", "name_bench_cases.csv")))
        {
            Output.Error($"{data}: benchmarks/name_bench_cases.csv not found");
            return ExitCodes.InvalidInput;
        }

        var negatives = parse.GetValue(_negatives) ?? [];
        if (negatives.FirstOrDefault(n => !File.Exists(n)) is { } missing)
        {
            Output.Error($"--negatives: {missing} not found");
            return ExitCodes.InvalidInput;
        }

        var report = QualityReport.Build(data, parse.GetValue(_own), negatives);
        if (parse.GetValue(_output) is { } output)
        {
            File.WriteAllText(output, report);
            Console.Error.WriteLine($"wrote {output}");
        }
        else
        {
            Console.Write(report);
        }

        return ExitCodes.Ok;
    }
}
