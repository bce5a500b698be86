using Corridor.Storage;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Corridor.Operations;

/// <summary>
/// OpenTelemetry metrics and traces: ASP.NET Core, outgoing HTTP, EF Core, Npgsql (its own ActivitySource and Meter),
/// the .NET runtime and Corridor's business instruments (<see cref="CorridorMetrics"/>); a Prometheus scrape endpoint
/// and an OTLP exporter when a collector is configured. Decision 026.
/// </summary>
public static class Telemetry
{
    public static IServiceCollection AddCorridorTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(TelemetrySettings.Section).Get<TelemetrySettings>() ?? new TelemetrySettings();
        services.AddSingleton(settings);
        var otlp = settings.OtlpEndpoint ?? configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? settings.ServiceName, serviceVersion: typeof(Telemetry).Assembly.GetName().Version?.ToString()))
            .WithMetrics(m =>
            {
                m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddMeter(CorridorMetrics.Name, "Npgsql", "Microsoft.EntityFrameworkCore", "System.Net.Http");
                if (settings.Prometheus)
                {
                    m.AddPrometheusExporter();
                }

                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    m.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                }
            });
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            // Traces are recorded only when they go somewhere: a span per request and per database command costs time.
            telemetry.WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments(settings.MetricsPath))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource(CorridorMetrics.Name, "Npgsql")
                .AddOtlpExporter(o => o.Endpoint = new Uri(otlp)));
        }

        return services;
    }

    /// <summary>The Prometheus scrape endpoint, anonymous (restrict it at the proxy), when enabled.</summary>
    public static void MapCorridorMetrics(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<TelemetrySettings>();
        if (settings.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint(settings.MetricsPath).AllowAnonymous().ExcludeFromDescription();
        }
    }
}
