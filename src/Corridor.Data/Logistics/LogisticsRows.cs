using System.Globalization;
using Corridor.Import;

namespace Corridor.Logistics;

/// <summary>Row parsers of the network files, shared by the importers and by <see cref="NetworkFiles"/>.</summary>
internal static class LogisticsRows
{
    public static readonly string[] NodeHeader =
        ["code", "name", "country", "kind", "latitude", "longitude", "gauge_mm", "handling_hours", "transshipment", "source", "assumption"];

    public static readonly string[] LinkHeader =
        ["from", "to", "mode", "gauge_mm", "distance_km", "transit_hours", "cost_per_vehicle_usd", "cost_per_tonne_usd", "capacity_vehicles_per_week",
         "capacity_tonnes_per_week", "bidirectional", "branch", "seasonal_closure", "source", "assumption"];

    public static readonly string[] BorderHeader = ["node", "from_country", "to_country", "median_delay_hours", "p90_delay_hours", "source", "assumption"];

    public static readonly string[] ServiceHeader =
        ["code", "name", "operator", "from", "to", "mode", "weekdays", "departure_time", "transit_hours", "valid_from", "valid_until", "capacity", "capacity_unit", "source", "assumption"];

    public static readonly string[] EmissionHeader = ["mode", "g_co2e_per_tonne_km", "source", "assumption"];

    public static Node? Node(CsvRow row)
    {
        var code = row.Required("code");
        var name = row.Required("name");
        var country = row.RequiredCountry("country");
        var kind = row.RequiredEnum<NodeKind>("kind");
        var lat = row.RequiredDecimal("latitude", allowNegative: true);
        var lon = row.RequiredDecimal("longitude", allowNegative: true);
        if (!LogisticsCodes.TryParseGauges(row.Optional("gauge_mm"), out var gauges, out var badGauge))
        {
            row.Error("gauge_mm", $"'{badGauge}' is not 1435 or 1520 (several are separated by ';')");
        }

        var handling = row.RequiredDecimal("handling_hours");
        if (!LogisticsCodes.TryParseTransshipments(row.Optional("transshipment"), out var transfers, out var badTransfer))
        {
            row.Error("transshipment", $"'{badTransfer}' is not one of gauge_change, rail_truck, ship_rail, ship_truck");
        }

        var source = row.Required("source");
        return row.Build(() => new Node(code, name, country, kind, (double)lat, (double)lon, gauges, handling, transfers, source, row.Optional("assumption")));
    }

    public static Link? Link(CsvRow row, Func<string, bool> nodeKnown)
    {
        var from = row.Required("from").ToUpperInvariant();
        var to = row.Required("to").ToUpperInvariant();
        if (from.Length > 0 && !nodeKnown(from))
        {
            row.Error("from", $"unknown node '{from}' (not in nodes.csv nor stored)");
        }

        if (to.Length > 0 && !nodeKnown(to))
        {
            row.Error("to", $"unknown node '{to}' (not in nodes.csv nor stored)");
        }

        var mode = row.RequiredEnum<TransportMode>("mode");
        var gauge = row.OptionalInt("gauge_mm");
        var distance = row.RequiredDecimal("distance_km");
        var transit = row.RequiredDecimal("transit_hours");
        var costV = row.RequiredDecimal("cost_per_vehicle_usd");
        var costT = row.RequiredDecimal("cost_per_tonne_usd");
        var capV = row.OptionalInt("capacity_vehicles_per_week");
        var capT = row.OptionalDecimal("capacity_tonnes_per_week");
        var bidirectional = row.OptionalBool("bidirectional");
        if (row.Optional("bidirectional") is null)
        {
            row.Error("bidirectional", "is required (true or false)");
        }

        var branch = row.RequiredEnum<CorridorBranch>("branch");
        SeasonalClosure? closure = null;
        if (row.Optional("seasonal_closure") is { } closureText)
        {
            if (SeasonalClosure.TryParse(closureText, out var c))
            {
                closure = c;
            }
            else
            {
                row.Error("seasonal_closure", $"'{closureText}' is not a window MM-DD..MM-DD (first day closed, first day open again)");
            }
        }

        var source = row.Required("source");
        return row.Build(() => new Link(from, to, mode, gauge, distance, transit, costV, costT, capV, capT, bidirectional ?? false, branch, closure, source, row.Optional("assumption")));
    }

    public static BorderCrossing? Border(CsvRow row, Func<string, bool> nodeKnown)
    {
        var node = row.Required("node").ToUpperInvariant();
        if (node.Length > 0 && !nodeKnown(node))
        {
            row.Error("node", $"unknown node '{node}' (not in nodes.csv nor stored)");
        }

        var from = row.RequiredCountry("from_country");
        var to = row.RequiredCountry("to_country");
        var median = row.RequiredDecimal("median_delay_hours");
        var p90 = row.RequiredDecimal("p90_delay_hours");
        var source = row.Required("source");
        return row.Build(() => new BorderCrossing(node, from, to, median, p90, source, row.Optional("assumption")));
    }

    public static TransportService? Service(CsvRow row, Func<string, bool> linkKnown)
    {
        var code = row.Required("code");
        var name = row.Required("name");
        var op = row.Required("operator");
        var from = row.Required("from").ToUpperInvariant();
        var to = row.Required("to").ToUpperInvariant();
        var mode = row.RequiredEnum<TransportMode>("mode");
        if (row.IsValid && !linkKnown(Logistics.Link.KeyOf(from, to, mode)))
        {
            row.Error("to", $"no {mode.ToText()} link {from} -> {to} in links.csv nor stored (a service runs on one link)");
        }

        if (!TransportService.TryParseWeekdays(row.Optional("weekdays"), out var days, out var badDay))
        {
            row.Error("weekdays", badDay is null ? "is required (e.g. Mon;Thu)" : $"'{badDay}' is not a weekday (Mon, Tue, Wed, Thu, Fri, Sat, Sun)");
        }

        var timeText = row.Required("departure_time");
        if (!TimeOnly.TryParseExact(timeText, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) && timeText.Length > 0)
        {
            row.Error("departure_time", $"'{timeText}' is not a time HH:mm (UTC)");
        }

        var transit = row.RequiredDecimal("transit_hours");
        var validFrom = row.RequiredDate("valid_from");
        var validUntil = row.RequiredDate("valid_until");
        if (row.IsValid && validUntil <= validFrom)
        {
            row.Error("valid_until", $"must be after valid_from (the period is half-open [valid_from, valid_until))");
        }

        var capacity = row.RequiredInt("capacity");
        var unit = row.RequiredEnum<CapacityUnit>("capacity_unit");
        var source = row.Required("source");
        var service = row.Build(() => new TransportService(code, name, op, from, to, mode, days, time, transit,
            new Common.DateRange(validFrom, validUntil), capacity, unit, source, row.Optional("assumption")));
        if (service?.FindOverlap() is { } overlap)
        {
            row.Error("weekdays", overlap);
            return null;
        }

        return service;
    }

    public static EmissionFactor? Emission(CsvRow row)
    {
        var mode = row.RequiredEnum<TransportMode>("mode");
        var factor = row.RequiredDecimal("g_co2e_per_tonne_km");
        var source = row.Required("source");
        return row.Build(() => new EmissionFactor(mode, factor, source, row.Optional("assumption")));
    }

    public static string Num(decimal d) => d.ToString("0.############", CultureInfo.InvariantCulture);

    public static string Num(double d) => d.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary><c>RailTerminal</c> → <c>rail_terminal</c>.</summary>
    public static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    /// <summary>The departures of a service's timetable.</summary>
    /// <remarks>
    /// The arrival is the departure plus the transit time, computed in decimal and rounded to the second: through
    /// <c>double</c>, 61.9 h came out a fraction of a microsecond short, which neither database keeps, so every
    /// re-import found every such departure "changed".
    /// </remarks>
    public static IEnumerable<Departure> DeparturesOf(TransportService s) =>
        s.DepartureTimes().Select(t => new Departure(s.Code, s.FromCode, s.ToCode, s.Mode, t, t.Add(Transit(s.TransitHours)), s.Capacity, s.Unit));

    private static TimeSpan Transit(decimal hours) => TimeSpan.FromSeconds((long)Math.Round(hours * 3600m, MidpointRounding.AwayFromZero));
}
