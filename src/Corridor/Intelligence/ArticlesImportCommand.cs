using System.CommandLine;
using System.Globalization;
using Corridor.Cli;

namespace Corridor.Intelligence;

/// <summary>
/// <c>corridor articles import PATH</c>: a text or HTML file, or every <c>.txt</c>, <c>.html</c> and <c>.htm</c> file of
/// a folder. The publication date comes from <c>--published</c>, else from the index (<c>--index FILE</c>, or
/// <c>articles.csv</c> in the folder: <c>file,published[,publisher,language,source]</c>), else from the HTML page. A file
/// whose text was taken in before is reported as unchanged. Every file is checked first; on any error nothing is written.
/// </summary>
public sealed class ArticlesImportCommand : Command
{
    private static readonly string[] Extensions = [".txt", ".html", ".htm"];
    private readonly Argument<string> _path = new("PATH") { Description = "A text or HTML file, or a folder of them" };
    private readonly Option<DateOnly?> _published = new("--published") { Description = "Publication date (yyyy-MM-dd) of every file" };
    private readonly Option<string?> _publisher = new("--publisher") { Description = "Publisher of every file" };
    private readonly Option<string?> _language = new("--language") { Description = "ISO 639-1 language (default en)" };
    private readonly Option<string?> _index = new("--index") { Description = "CSV of file,published[,publisher,language,source] (default: articles.csv in the folder)" };
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: false);
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public ArticlesImportCommand()
        : base("import", "Take in a text/HTML file or a folder of them; each is read for figures to review")
    {
        Arguments.Add(_path);
        Options.Add(_published);
        Options.Add(_publisher);
        Options.Add(_language);
        Options.Add(_index);
        Options.Add(_organisation);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private sealed record Row(string File, string Article, int Candidates, string Outcome);

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        var path = Path.GetFullPath(parse.GetValue(_path)!);
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path).Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path] : throw new CliException(ExitCodes.NotFound, $"{path}: no such file or folder");
        var indexPath = parse.GetValue(_index) is { } given ? Path.GetFullPath(given) : Directory.Exists(path) ? Path.Combine(path, "articles.csv") : null;
        var index = indexPath is not null && File.Exists(indexPath) ? ReadIndex(indexPath) : [];
        if (parse.GetValue(_index) is { } named && !File.Exists(Path.GetFullPath(named)))
        {
            throw new CliException(ExitCodes.NotFound, $"{named}: no such index file");
        }

        var inputs = new List<(string File, ArticleInput Input)>();
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            index.TryGetValue(name, out var entry);
            var content = await File.ReadAllTextAsync(file, ct);
            var html = !Path.GetExtension(file).Equals(".txt", StringComparison.OrdinalIgnoreCase);
            inputs.Add((name, new ArticleInput(entry?.Source ?? name, parse.GetValue(_publisher) ?? entry?.Publisher, parse.GetValue(_published) ?? entry?.Published,
                parse.GetValue(_language) ?? entry?.Language, content, html)));
        }

        var missing = inputs.Where(i => i.Input.Published is null && !(i.Input.Html == true && HtmlArticle.Read(i.Input.Content).Published is not null)).ToList();
        if (missing.Count > 0)
        {
            throw new CliException(ExitCodes.InvalidInput, string.Join("\n", missing.Select(m => $"{m.File}: published: no publication date (give --published, or a line in {indexPath ?? "--index FILE"})")));
        }

        return await IntelligenceScope.RunAsync(parse.GetValue(CommonOptions.Database), parse.GetValue(_organisation), async sp =>
        {
            var intake = sp.GetRequiredService<ArticleIntake>();
            var rows = new List<Row>();
            foreach (var (file, input) in inputs)
            {
                var result = await intake.ImportAsync(input, ct);
                if (!result.Succeeded)
                {
                    throw new CliException(ExitCodes.InvalidInput, string.Join("\n", result.Errors.Select(e => $"{file}: {e}"))
                        + (rows.Count > 0 ? $"\n({rows.Count} file(s) before it were taken in)" : ""));
                }

                rows.Add(new Row(file, result.Value.Article.Id.ToString(), result.Value.Candidates, result.Value.Created ? "taken in" : "unchanged (same text)"));
            }

            Output.Write(parse.GetValue(_format), rows,
                Output.Col<Row>("file", r => r.File), Output.Col<Row>("article", r => r.Article),
                Output.Col<Row>("pending", r => r.Candidates), Output.Col<Row>("outcome", r => r.Outcome));
            return ExitCodes.Ok;
        }, ct);
    }

    private sealed record IndexEntry(DateOnly? Published, string? Publisher, string? Language, string? Source);

    /// <summary>The index file: header <c>file,published[,publisher,language,source]</c>, one article a line.</summary>
    private static Dictionary<string, IndexEntry> ReadIndex(string file)
    {
        var lines = File.ReadAllLines(file);
        var header = lines.Length == 0 ? [] : lines[0].Split(',').Select(h => h.Trim().ToLowerInvariant()).ToArray();
        if (header.Length < 2 || header[0] != "file" || header[1] != "published")
        {
            throw new CliException(ExitCodes.InvalidInput, $"{file}:1: header: expected file,published[,publisher,language,source]");
        }

        var result = new Dictionary<string, IndexEntry>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var cells = lines[i].Split(',').Select(c => c.Trim()).ToArray();
            string? Cell(string name) => Array.IndexOf(header, name) is var at and >= 0 && at < cells.Length && cells[at].Length > 0 ? cells[at] : null;
            if (!DateOnly.TryParseExact(Cell("published") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
            {
                throw new CliException(ExitCodes.InvalidInput, $"{file}:{i + 1}: published: '{Cell("published")}' is not a date (yyyy-MM-dd)");
            }

            result[cells[0]] = new IndexEntry(published, Cell("publisher"), Cell("language"), Cell("source"));
        }

        return result;
    }
}
