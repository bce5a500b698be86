using System.CommandLine;
using Corridor.Cli;

namespace Corridor.Web;

/// <summary>
/// <c>corridor serve</c>: runs the web application and API, on 127.0.0.1:5080 unless <c>--urls</c>, <c>--port</c> or
/// the host's settings (<c>ASPNETCORE_URLS</c>) say otherwise. Tokens after the options of the form <c>--Key=Value</c>
/// are configuration settings (e.g. <c>--Logging:Console:FormatterName=json</c>).
/// </summary>
public sealed class ServeCommand : Command
{
    public static Option<int> PortOption() => new("--port")
    {
        Description = "TCP port on 127.0.0.1",
        DefaultValueFactory = _ => 5080,
        Validators = { r => { if (r.GetValueOrDefault<int>() is < 1 or > 65535) { r.AddError("--port must be between 1 and 65535"); } } },
    };

    private readonly Option<int> _port = PortOption();
    private readonly Option<string?> _urls = new("--urls") { Description = "Addresses to listen on, separated by ';' (e.g. http://0.0.0.0:8080); default: ASPNETCORE_URLS, else http://127.0.0.1:5080" };
    private readonly Option<bool> _noMigrate = new("--no-migrate") { Description = "Do not apply pending migrations at start (when several servers share one PostgreSQL database, migrate once with 'corridor db migrate')" };

    public ServeCommand()
        : base("serve", "Run the web application and the HTTP API")
    {
        Options.Add(_port);
        Options.Add(_noMigrate);
        Options.Add(_urls);
        TreatUnmatchedTokensAsErrors = false;
        SetAction(async (parse, ct) =>
        {
            var settings = parse.UnmatchedTokens.ToArray();
            if (settings.FirstOrDefault(t => !(t.StartsWith("--", StringComparison.Ordinal) && t.Contains('=', StringComparison.Ordinal))) is { } stray)
            {
                throw new CliException(ExitCodes.Usage, $"unknown argument '{stray}' (configuration settings are written --Key=Value)");
            }

            var port = parse.GetResult(_port) is { Implicit: false } ? parse.GetValue(_port) : (int?)null;
            var app = WebServer.Build(parse.GetValue(CommonOptions.Database), parse.GetValue(_urls), port, settings);
            if (!parse.GetValue(_noMigrate))
            {
                await CorridorWebApp.MigrateAsync(app);
            }

            await app.StartAsync(ct);
            Console.WriteLine($"Corridor is serving {string.Join(", ", app.Urls)} (database: {WebServer.DatabaseDisplay(app)}). Ctrl+C stops it.");
            await app.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        });
    }
}
