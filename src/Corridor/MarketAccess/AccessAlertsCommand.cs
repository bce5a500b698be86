using System.CommandLine;
using Corridor.Cli;

namespace Corridor.MarketAccess;

/// <summary><c>corridor access alerts [--days N]</c>: the organisation's valid certificates that expire within the window.</summary>
public sealed class AccessAlertsCommand : Command
{
    private readonly Option<int> _days = new("--days") { Description = "Window in days", DefaultValueFactory = _ => CertificateRegistry.DefaultAlertDays };
    private readonly Option<string?> _from = AccessCommand.DateOption("--from", "Day the window starts (default: today, UTC)");
    private readonly Option<string> _organisation = CommonOptions.Organisation(required: false);
    private readonly Option<OutputFormat> _format = CommonOptions.Format();

    public AccessAlertsCommand()
        : base("alerts", "Certificates that expire within a window")
    {
        _days.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--days must not be negative");
            }
        });
        Options.Add(_days);
        Options.Add(_from);
        Options.Add(_organisation);
        Options.Add(_format);
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken ct)
    {
        await using var services = CliServices.Create(parse.GetValue(CommonOptions.Database));
        await using var scope = await services.ScopeAsync(parse.GetValue(_organisation), ct);
        var alerts = await scope.ServiceProvider.GetRequiredService<CertificateRegistry>().ExpiringAsync(parse.GetValue(_days), AccessCommand.ParseDate(parse.GetValue(_from)), ct);
        Output.Write(parse.GetValue(_format), alerts,
            Output.Col<ExpiryAlert>("model", a => a.Certificate.Model),
            Output.Col<ExpiryAlert>("market", a => a.Certificate.Market),
            Output.Col<ExpiryAlert>("kind", a => a.Certificate.Kind),
            Output.Col<ExpiryAlert>("number", a => a.Certificate.Number),
            Output.Col<ExpiryAlert>("expires_on", a => a.Certificate.ExpiresOn),
            Output.Col<ExpiryAlert>("days_left", a => a.DaysLeft));
        return ExitCodes.Ok;
    }
}
