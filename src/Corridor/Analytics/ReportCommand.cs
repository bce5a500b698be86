using System.CommandLine;
using Corridor.Cli;
using Corridor.Storage;
using Corridor.Web;

namespace Corridor.Analytics;

/// <summary>
/// <c>corridor report --period 2023 --format html|pdf --output FILE [--organisation DEMO] [--market RU]</c>: the programme
/// report (headline figures, charts, corridor map, tables, reported figures) for a year, quarter (2023-Q2) or month
/// (2023-03), as a standalone HTML file or a PDF printed by headless Chromium.
/// </summary>
public sealed class ReportCommand : Command
{
    private readonly Option<string> _period = new("--period") { Description = "2023, 2023-Q2 or 2023-03", Required = true };
    private readonly Option<string> _format = new("--format") { Description = "html or pdf", DefaultValueFactory = _ => "html" };
    private readonly Option<string> _output = new("--output", "-o") { Description = "File to write", Required = true };
    private readonly Option<string?> _market = new("--market") { Description = "Only this market (ISO alpha-2)" };
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: false);

    public ReportCommand()
        : base("report", "Write the programme report (charts, corridor map, tables) as HTML or PDF")
    {
        _organisation.DefaultValueFactory = _ => DemoCommand.OrganisationCode;
        _format.AcceptOnlyFromAmong("html", "pdf");
        Options.Add(_period);
        Options.Add(_format);
        Options.Add(_output);
        Options.Add(_market);
        Options.Add(_organisation);
        Validators.Add(r =>
        {
            if (r.GetValue(_period) is { } p && !AnalyticsPeriod.TryParse(p, out _, out _, out _))
            {
                r.AddError($"--period '{p}' is not a year (2023), quarter (2023-Q2) or month (2023-03)");
            }
        });
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        AnalyticsPeriod.TryParse(parse.GetRequiredValue(_period), out var from, out var until, out _);
        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        await using var scope = await services.ScopeAsync(parse.GetValue(_organisation), ct);
        var analytics = scope.ServiceProvider.GetRequiredService<AnalyticsService>();
        var db = scope.ServiceProvider.GetRequiredService<CorridorDbContext>();
        var filter = new AnalyticsFilter(from, until, parse.GetValue(_market)?.ToUpperInvariant());
        var data = await DashboardData.LoadAsync(analytics, db, filter, Granularity.Month, ct);
        if (!data.HasData)
        {
            Output.Error($"no shipment lines in {parse.GetValue(_period)}; run 'corridor generate' first");
            return ExitCodes.NotFound;
        }

        var html = ProgrammeHtml.Document(data, $"Programme report {parse.GetValue(_period)}", TimeProvider.System.GetUtcNow());
        var output = parse.GetRequiredValue(_output);
        if (parse.GetValue(_format) == "pdf")
        {
            var failed = await PdfRenderer.RenderAsync(html, output, ct);
            if (failed is not null)
            {
                Output.Error(failed);
                return ExitCodes.Failure;
            }
        }
        else
        {
            await File.WriteAllTextAsync(output, html, ct);
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes)");
        return ExitCodes.Ok;
    }
}
