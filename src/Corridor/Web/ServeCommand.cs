using System.CommandLine;
using Corridor.Cli;

namespace Corridor.Web;

/// <summary><c>corridor serve</c>: runs the web application and API on 127.0.0.1.</summary>
public sealed class ServeCommand : Command
{
    public static Option<int> PortOption() => new("--port")
    {
        Description = "TCP port on 127.0.0.1",
        DefaultValueFactory = _ => 5080,
        Validators = { r => { if (r.GetValueOrDefault<int>() is < 1 or > 65535) { r.AddError("--port must be between 1 and 65535"); } } },
    };

    private readonly Option<int> _port = PortOption();
    private readonly Option<bool> _noMigrate = new("--no-migrate") { Description = "Do not apply pending migrations at start (when several servers share one PostgreSQL database, migrate once with 'corridor db migrate')" };

    public ServeCommand()
        : base("serve", "Run the web application and the HTTP API")
    {
        Options.Add(_port);
        Options.Add(_noMigrate);
        SetAction(async (parse, ct) =>
        {
            var app = WebServer.Build(parse.GetValue(CommonOptions.Database), parse.GetValue(_port));
            if (!parse.GetValue(_noMigrate))
            {
                await CorridorWebApp.MigrateAsync(app);
            }

            await app.StartAsync(ct);
            Console.WriteLine($"Corridor is serving {app.Urls.First()} (database: {WebServer.DatabaseDisplay(app)}). Ctrl+C stops it.");
            await app.WaitForShutdownAsync(ct);
            return ExitCodes.Ok;
        });
    }
}
