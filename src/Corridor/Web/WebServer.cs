using Corridor.Storage;

namespace Corridor.Web;

/// <summary>Builds the web application for the <c>serve</c> and <c>demo</c> verbs, bound to loopback.</summary>
public static class WebServer
{
    /// <param name="ready">When given, every request is answered 503 until this task has completed (see <see cref="ReadinessGate"/>).</param>
    public static WebApplication Build(string? database, int port, Task? ready = null)
    {
        var location = DatabaseLocation.Resolve(database);
        return CorridorWebApp.Build([], builder =>
        {
            builder.Configuration[CorridorWebApp.DatabaseKey] = location.ConnectionString;
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            // Keys are kept in the database (not encrypted at rest, like the rest of the database's contents).
            builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
            if (ready is not null)
            {
                var gate = new ReadinessGate(ready);
                builder.Services.AddSingleton(gate);
                builder.Services.AddSingleton<IStartupFilter>(gate);
            }
        });
    }

    public static string DatabaseDisplay(WebApplication app) => app.Services.GetRequiredService<DatabaseLocation>().Display;
}
