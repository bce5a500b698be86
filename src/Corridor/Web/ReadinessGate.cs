namespace Corridor.Web;

/// <summary>
/// Holds every request at the door with <c>503 Service Unavailable</c> (and <c>Retry-After</c>) until a start-up
/// task has finished, so a server may start listening while its database is still being prepared without ever
/// answering from a half-prepared one. <c>corridor demo</c> uses it to start Kestrel alongside the data import.
/// </summary>
public sealed class ReadinessGate(Task ready) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (!ready.IsCompletedSuccessfully)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "1";
                await context.Response.WriteAsJsonAsync(
                    new { title = "Starting", status = 503, detail = ready.IsFaulted ? "the database could not be prepared" : "the database is still being prepared" },
                    options: null, contentType: "application/problem+json");
                return;
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}
