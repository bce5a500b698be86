using System.Globalization;

namespace Corridor.Logistics;

/// <summary>Text forms of the logistics enums as they appear in files and in the API (snake_case).</summary>
public static class LogisticsCodes
{
    public static string ToText(this TransportMode mode) => mode switch
    {
        TransportMode.InlandWaterway => "inland_waterway",
        _ => mode.ToString().ToLowerInvariant(),
    };

    public static string ToText(this TransportDocument document) => document switch
    {
        TransportDocument.RailWaybillSmgs => "rail_waybill_smgs",
        TransportDocument.RoadConsignmentNoteCmr => "road_consignment_note_cmr",
        _ => "bill_of_lading",
    };

    /// <summary>The document a leg of this mode needs.</summary>
    public static TransportDocument DocumentFor(TransportMode mode) => mode switch
    {
        TransportMode.Rail => TransportDocument.RailWaybillSmgs,
        TransportMode.Road => TransportDocument.RoadConsignmentNoteCmr,
        _ => TransportDocument.BillOfLading,
    };

    public static bool TryParseTransshipments(string? text, out Transshipments value, out string? bad)
    {
        value = Transshipments.None;
        bad = null;
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "gauge_change": value |= Transshipments.GaugeChange; break;
                case "rail_truck": value |= Transshipments.RailTruck; break;
                case "ship_rail": value |= Transshipments.ShipRail; break;
                case "ship_truck": value |= Transshipments.ShipTruck; break;
                default: bad = part; return false;
            }
        }

        return true;
    }

    public static string ToText(this Transshipments value)
    {
        var parts = new List<string>(4);
        if (value.HasFlag(Transshipments.GaugeChange))
        {
            parts.Add("gauge_change");
        }

        if (value.HasFlag(Transshipments.RailTruck))
        {
            parts.Add("rail_truck");
        }

        if (value.HasFlag(Transshipments.ShipRail))
        {
            parts.Add("ship_rail");
        }

        if (value.HasFlag(Transshipments.ShipTruck))
        {
            parts.Add("ship_truck");
        }

        return string.Join(';', parts);
    }

    public static bool TryParseGauges(string? text, out Gauges value, out string? bad)
    {
        value = Gauges.None;
        bad = null;
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            switch (part)
            {
                case "1435": value |= Gauges.Standard1435; break;
                case "1520": value |= Gauges.Broad1520; break;
                default: bad = part; return false;
            }
        }

        return true;
    }

    public static string ToText(this Gauges value) => value switch
    {
        Gauges.Standard1435 => "1435",
        Gauges.Broad1520 => "1520",
        Gauges.Standard1435 | Gauges.Broad1520 => "1435;1520",
        _ => "",
    };

    /// <summary>1435 or 1520 to the flag; anything else is null.</summary>
    public static Gauges? GaugeOf(int millimetres) => millimetres switch
    {
        1435 => Gauges.Standard1435,
        1520 => Gauges.Broad1520,
        _ => null,
    };

    public static string Hours(double hours) => hours.ToString("0.#", CultureInfo.InvariantCulture);
}
