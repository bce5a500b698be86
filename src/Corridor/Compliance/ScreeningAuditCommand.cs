using System.CommandLine;
using Corridor.Cli;

namespace Corridor.Compliance;

/// <summary><c>corridor screening audit --organisation CODE --format csv|json</c>: the audit trail of an organisation's screenings.</summary>
public sealed class ScreeningAuditCommand : Command
{
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: true);
    private readonly Option<OutputFormat> _format = new("--format") { Description = "csv or json", DefaultValueFactory = _ => OutputFormat.Csv };

    public ScreeningAuditCommand()
        : base("audit", "Export the screening audit trail: list snapshots, algorithm version, query, candidates, scores, decisions")
    {
        Options.Add(_organisation);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        await using var scope = await services.ScopeAsync(parse.GetRequiredValue(_organisation), ct);
        var rows = await scope.ServiceProvider.GetRequiredService<ScreeningAudit>().RowsAsync(null, ct);
        Console.Out.Write(parse.GetValue(_format) == OutputFormat.Json ? ScreeningAudit.ToJson(rows) + Environment.NewLine : ScreeningAudit.ToCsv(rows));
        return ExitCodes.Ok;
    }
}
