using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Corridor.Storage;

/// <summary>
/// Corridor's own instruments, beside what ASP.NET Core, the HTTP client, EF Core, Npgsql and the runtime emit: what a
/// site reliability engineer and a programme director both watch (screenings and their alerts, bookings, documents,
/// refused gates, imported rows). Exported by OpenTelemetry (Prometheus scrape endpoint, OTLP) when the host wires it;
/// recording costs nothing when nothing listens. Names follow OpenTelemetry's conventions (docs/operations.md).
/// </summary>
public static class CorridorMetrics
{
    public const string Name = "Corridor";

    public static readonly ActivitySource Activities = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Screenings = Meter.CreateCounter<long>("corridor.screenings", "{screening}", "Counterparty screenings run");

    public static readonly Counter<long> ScreeningAlerts = Meter.CreateCounter<long>("corridor.screening.alerts", "{alert}", "Possible matches raised by screenings");

    public static readonly Counter<long> Bookings = Meter.CreateCounter<long>("corridor.bookings", "{booking}", "Capacity bookings taken (outcome=confirmed) or refused (outcome=refused)");

    public static readonly Counter<long> Documents = Meter.CreateCounter<long>("corridor.documents", "{document}", "Documents issued, amended or cancelled (action), by type");

    public static readonly Histogram<double> NumberSeriesHeld = Meter.CreateHistogram<double>("corridor.documents.number_held", "ms",
        "How long an issue held its number series' counter row (the numbering transaction), by type and whether the PDF had to be rendered again inside it");

    public static readonly Counter<long> GateRefusals = Meter.CreateCounter<long>("corridor.gate.refusals", "{refusal}", "Order confirmations or document issues refused by a gate (screening, market access, capacity, ceiling, cross-check)");

    public static readonly Counter<long> ImportedRows = Meter.CreateCounter<long>("corridor.import.rows", "{row}", "Rows written by imports and list updates, by dataset");

    public static void Booked(bool confirmed) => Bookings.Add(1, new KeyValuePair<string, object?>("outcome", confirmed ? "confirmed" : "refused"));

    public static void Screened(int alerts)
    {
        Screenings.Add(1);
        if (alerts > 0)
        {
            ScreeningAlerts.Add(alerts);
        }
    }

    public static void Document(string action, string type) =>
        Documents.Add(1, new KeyValuePair<string, object?>("action", action), new KeyValuePair<string, object?>("type", type));

    public static void NumberHeld(TimeSpan held, string type, bool rerendered) =>
        NumberSeriesHeld.Record(held.TotalMilliseconds, new KeyValuePair<string, object?>("type", type), new KeyValuePair<string, object?>("rerendered", rerendered));

    public static void GateRefused(string operation, string gate) =>
        GateRefusals.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("gate", gate));

    public static void Imported(string dataset, long rows) => ImportedRows.Add(rows, new KeyValuePair<string, object?>("dataset", dataset));
}
