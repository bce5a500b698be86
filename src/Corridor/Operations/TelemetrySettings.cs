namespace Corridor.Operations;

/// <summary>The <c>Corridor:Telemetry</c> section: where metrics and traces go (docs/operations.md).</summary>
public sealed class TelemetrySettings
{
    public const string Section = "Corridor:Telemetry";

    /// <summary>Serve the Prometheus scrape endpoint at <see cref="MetricsPath"/> (default on; put it behind the proxy's access rules).</summary>
    public bool Prometheus { get; set; } = true;

    public string MetricsPath { get; set; } = "/metrics";

    /// <summary>OTLP collector (e.g. <c>http://otel-collector:4317</c>) for metrics and traces; the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable does the same. Nothing is exported by OTLP when neither is set.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>The service name in traces and metrics (<c>service.name</c>); the standard <c>OTEL_SERVICE_NAME</c> overrides it.</summary>
    public string ServiceName { get; set; } = "corridor";
}
