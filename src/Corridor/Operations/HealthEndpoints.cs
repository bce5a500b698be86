using System.Text.Json;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Corridor.Operations;

/// <summary>
/// <c>/health/live</c> (the process answers; nothing else is checked, so an orchestrator restarts only a stuck
/// process) and <c>/health/ready</c> (database reachable, no migration pending, reference data loaded; 503 otherwise,
/// so a proxy or orchestrator sends no traffic to a node that cannot answer). Both anonymous, both JSON.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddCorridorHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<CorridorDbContext>("database", HealthStatus.Unhealthy, [ReadyTag])
            .AddCheck<MigrationsHealthCheck>("migrations", HealthStatus.Unhealthy, [ReadyTag])
            .AddCheck<ReferenceDataHealthCheck>("reference-data", HealthStatus.Unhealthy, [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapCorridorHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .WithName("HealthLive").WithSummary("Liveness: 200 while the process answers requests.").AllowAnonymous();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteReadyAsync })
            .WithName("HealthReady").WithSummary("Readiness: 200 when the database answers, no migration is pending and reference data is loaded; 503 otherwise.").AllowAnonymous();
        return app;
    }

    // While `corridor demo` is still importing, the readiness gate's answer stands (503 with Retry-After).
    private static Task WriteReadyAsync(HttpContext context, HealthReport report) =>
        context.RequestServices.GetService<ReadinessGate>() is { IsReady: false } gate ? gate.WriteNotReadyAsync(context) : WriteAsync(context, report);

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description ?? e.Value.Exception?.Message }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, JsonSerializerOptions.Web, context.RequestAborted);
    }
}
