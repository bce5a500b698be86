namespace Corridor.Web;

/// <summary>
/// Holds every request at the door with <c>503 Service Unavailable</c> (and <c>Retry-After</c>) until a start-up
/// task has finished, so a server may start listening while its database is still being prepared without ever
/// answering from a half-prepared one. <c>corridor demo</c> uses it to start Kestrel alongside the data import.
/// </summary>
/// <remarks>
/// <c>/health</c> (and <c>/health/live</c>, <c>/health/ready</c>) is let through the whole pipeline and answers the same 503 itself until then: the requests of
/// whoever waits for the server then warm the pipeline (routing, authentication, endpoint) while the data is still
/// being imported, instead of the first answer after it paying for that.
/// </remarks>
public sealed class ReadinessGate(Task ready) : IStartupFilter
{
    public const string HealthPath = "/health";

    public bool IsReady => ready.IsCompletedSuccessfully;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (!IsReady && !context.Request.Path.StartsWithSegments(HealthPath, StringComparison.OrdinalIgnoreCase))
            {
                await WriteNotReadyAsync(context);
                return;
            }

            await nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>The answer to a request that came too early: 503, <c>Retry-After</c>, a problem saying why.</summary>
    public Task WriteNotReadyAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "1";
        return context.Response.WriteAsJsonAsync(
            new { type = "about:blank", title = "Starting", status = 503, detail = ready.IsFaulted ? "the database could not be prepared" : "the database is still being prepared" },
            options: null, contentType: "application/problem+json");
    }
}
