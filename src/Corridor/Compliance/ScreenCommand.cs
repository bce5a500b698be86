using System.CommandLine;
using System.Globalization;
using Corridor.Cli;
using Corridor.Storage;
using CsvHelper;
using CsvHelper.Configuration;
using Spectre.Console;

namespace Corridor.Compliance;

/// <summary>
/// <c>corridor screen --input FILE --format csv|json|table</c>: screens every name of a file against the active list
/// snapshots, in parallel, with a progress bar on standard error. The input is a CSV file with a header that has a
/// <c>name</c> column (and optionally type, country, birth_date, identifiers as type:value;type:value), or a plain text
/// file with one name per line.
/// </summary>
public sealed class ScreenCommand : Command
{
    private readonly Option<string> _input = new("--input") { Description = "CSV with a name column (optional: type, country, birth_date, identifiers) or a text file of names", Required = true };
    private readonly Option<OutputFormat> _format = CommonOptions.Format();
    private readonly Option<double> _threshold = new("--threshold") { Description = "Minimum score of a hit", DefaultValueFactory = _ => NameComparer.DefaultThreshold };
    private readonly Option<int> _limit = new("--limit") { Description = "Hits per name", DefaultValueFactory = _ => 3 };

    public ScreenCommand()
        : base("screen", "Screen a file of names against the active sanctions-list snapshots")
    {
        Options.Add(_input);
        Options.Add(_format);
        Options.Add(_threshold);
        Options.Add(_limit);
        SetAction(RunAsync);
    }

    public sealed record Row(int Line, string Name, string? EntryKey, string? Caption, double? Score, string? Explanation);

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var input = parse.GetRequiredValue(_input);
        if (!File.Exists(input))
        {
            Output.Error($"{input}: file not found");
            return ExitCodes.InvalidInput;
        }

        var queries = Read(input);
        if (!queries.Succeeded)
        {
            foreach (var e in queries.Errors)
            {
                Console.Error.WriteLine(e);
            }

            return ExitCodes.InvalidInput;
        }

        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        await using var scope = await services.SharedScopeAsync(ct);
        var active = await scope.ServiceProvider.GetRequiredService<ScreeningIndexCache>().GetAsync(scope.ServiceProvider.GetRequiredService<CorridorDbContext>(), ct);
        if (active.Snapshots.Count == 0)
        {
            Output.Error("no list snapshot is imported; run 'corridor lists import --source … PATH' first");
            return ExitCodes.Conflict;
        }

        var items = queries.Value;
        var results = new IReadOnlyList<ScreeningHit>[items.Count];
        var threshold = parse.GetValue(_threshold);
        var limit = Math.Max(1, parse.GetValue(_limit));
        var started = System.Diagnostics.Stopwatch.StartNew();
        void Work(Action<int> advance) =>
            Parallel.For(0, items.Count, new ParallelOptions { CancellationToken = ct }, i =>
            {
                results[i] = active.Index.Search(items[i].Query, threshold, limit);
                advance(1);
            });

        if (!Console.IsErrorRedirected)
        {
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress().Start(ctx =>
            {
                var task = ctx.AddTask($"Screening {items.Count:N0} names against {active.Index.EntryCount:N0} entries", maxValue: items.Count);
                Work(n => task.Increment(n));
            });
        }
        else
        {
            Work(_ => { });
        }

        Console.Error.WriteLine($"screened {items.Count:N0} names in {started.Elapsed.TotalSeconds:0.0} s against {active.Labels} ({MatcherVersion.Current}, threshold {threshold:0.00}); {results.Count(r => r.Count > 0):N0} with hits");
        var rows = items.SelectMany((item, i) => results[i].Count == 0
            ? [new Row(item.Line, item.Query.Names[0], null, null, null, null)]
            : results[i].Select(h => new Row(item.Line, item.Query.Names[0], h.Entry.Key, h.Entry.Caption, h.Score, h.Explain())));
        Output.Write(parse.GetValue(_format), rows,
            Output.Col<Row>("line", r => r.Line), Output.Col<Row>("name", r => r.Name), Output.Col<Row>("entry", r => r.EntryKey),
            Output.Col<Row>("caption", r => r.Caption), Output.Col<Row>("score", r => r.Score), Output.Col<Row>("explanation", r => r.Explanation));
        return ExitCodes.Ok;
    }

    private static Corridor.Common.Result<List<(int Line, ScreeningQuery Query)>> Read(string path)
    {
        var first = File.ReadLines(path).FirstOrDefault() ?? "";
        var items = new List<(int, ScreeningQuery)>();
        var errors = new List<string>();
        if (!first.Split(',').Select(h => h.Trim().ToLowerInvariant()).Contains("name"))
        {
            var line = 0;
            foreach (var text in File.ReadLines(path))
            {
                line++;
                if (text.Trim().Length > 0)
                {
                    items.Add((line, ScreeningQuery.ForName(text.Trim())));
                }
            }

            return Corridor.Common.Result<List<(int, ScreeningQuery)>>.Success(items);
        }

        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(), MissingFieldFound = null });
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var name = csv.GetField("name")?.Trim() ?? "";
            var typeText = csv.HeaderRecord!.Contains("type") ? csv.GetField("type") : null;
            var type = ListEntryType.Unknown;
            if (name.Length == 0)
            {
                errors.Add($"{Path.GetFileName(path)}:{line}: name: empty");
                continue;
            }

            if (typeText is { Length: > 0 } && !Enum.TryParse(typeText, true, out type))
            {
                errors.Add($"{Path.GetFileName(path)}:{line}: type: '{typeText}' is not person, organisation, vessel or aircraft");
                continue;
            }

            var ids = (csv.HeaderRecord!.Contains("identifiers") ? csv.GetField("identifiers") ?? "" : "")
                .Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':', 2)).Where(p => p.Length == 2).Select(p => new EntryIdentifier(p[0], p[1])).ToArray();
            items.Add((line, new ScreeningQuery([name], type,
                csv.HeaderRecord!.Contains("country") ? csv.GetField("country") is { Length: 2 } c ? c.ToUpperInvariant() : null : null,
                csv.HeaderRecord!.Contains("birth_date") ? csv.GetField("birth_date") is { Length: >= 4 } d ? d : null : null,
                ids)));
        }

        return errors.Count > 0 ? Corridor.Common.Result<List<(int, ScreeningQuery)>>.Failure(errors) : Corridor.Common.Result<List<(int, ScreeningQuery)>>.Success(items);
    }
}
