using Corridor.Operations;
using Corridor.Storage;

namespace Corridor.Web;

/// <summary>Builds the web application for the <c>serve</c> and <c>demo</c> verbs (loopback unless told otherwise).</summary>
public static class WebServer
{
    /// <param name="ready">When given, every request is answered 503 until this task has completed (see <see cref="ReadinessGate"/>).</param>
    public static WebApplication Build(string? database, int port, Task? ready = null) => Build(database, null, port, [], ready);

    /// <param name="database">The CLI's --database; when null the configuration (Corridor:Database, CORRIDOR_DATABASE) decides.</param>
    /// <param name="urls">--urls; when null see <see cref="ListenAddress.Choose"/>.</param>
    /// <param name="explicitPort">--port when it was given on the command line.</param>
    /// <param name="configurationArgs">Extra <c>--Key=Value</c> settings given after the verb.</param>
    public static WebApplication Build(string? database, string? urls, int? explicitPort, string[] configurationArgs, Task? ready = null) =>
        CorridorWebApp.Build(configurationArgs, builder =>
        {
            var location = DatabaseLocation.Resolve(database ?? builder.Configuration[CorridorWebApp.DatabaseKey]);
            builder.Configuration[CorridorWebApp.DatabaseKey] = location.ConnectionString;
            if (ListenAddress.Choose(urls, explicitPort, builder.Configuration) is { } bind)
            {
                builder.WebHost.UseUrls(bind);
            }

            // Unless the configuration says otherwise (Logging:LogLevel:*, docs/operations.md): the framework at Warning,
            // Corridor's own events (sign-in refusals, refused gates, imports, list updates) and one line per request at
            // Information.
            if (builder.Configuration["Logging:LogLevel:Default"] is null)
            {
                builder.Logging.SetMinimumLevel(LogLevel.Warning);
                builder.Logging.AddFilter("Corridor", LogLevel.Information);
                builder.Logging.AddFilter("Microsoft.AspNetCore.HttpLogging", LogLevel.Information);
                builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
            }

            // Keys are kept in the database (not encrypted at rest, like the rest of the database's contents).
            builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
            if (ready is not null)
            {
                var gate = new ReadinessGate(ready);
                builder.Services.AddSingleton(gate);
                builder.Services.AddSingleton<IStartupFilter>(gate);
            }
        });

    public static string DatabaseDisplay(WebApplication app) => app.Services.GetRequiredService<DatabaseLocation>().Display;
}
