using Corridor.Common;

namespace Corridor.Logistics;

/// <summary>
/// A place on the corridor network (factory, port, rail terminal, border crossing, city, hub). Shared
/// reference data, keyed by <see cref="Code"/>. Coordinates are WGS 84 degrees.
/// </summary>
public sealed class Node
{
    private Node()
    {
        Code = Name = Country = Source = "";
    }

    /// <exception cref="ArgumentException">A field is missing or out of range (latitude ±90, longitude ±180, handling ≥ 0).</exception>
    public Node(string code, string name, CountryCode country, NodeKind kind, double latitude, double longitude,
        Gauges gauges, decimal handlingHours, Transshipments transshipments, string source, string? assumption = null)
    {
        Code = Guard.Code(code, "code");
        Name = Guard.Text(name, "name");
        Country = country.Value;
        Kind = kind;
        Latitude = latitude is >= -90 and <= 90 ? latitude : throw new ArgumentException($"latitude must be within ±90 (was {latitude}).", "latitude");
        Longitude = longitude is >= -180 and <= 180 ? longitude : throw new ArgumentException($"longitude must be within ±180 (was {longitude}).", "longitude");
        Gauges = gauges;
        HandlingHours = Guard.NonNegative(handlingHours, "handling_hours");
        Transshipments = transshipments;
        if (transshipments.HasFlag(Transshipments.GaugeChange) && gauges != (Gauges.Standard1435 | Gauges.Broad1520))
        {
            throw new ArgumentException("a node that changes gauge must have both gauges (gauge_mm 1435;1520).", "transshipment");
        }

        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Country { get; private set; }

    public NodeKind Kind { get; private set; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }

    /// <summary>Rail gauges present; <see cref="Gauges.None"/> for a node without rail.</summary>
    public Gauges Gauges { get; private set; }

    /// <summary>Hours spent at the node when cargo is transferred between legs (zero for border crossings, whose dwell is in <see cref="BorderCrossing"/>).</summary>
    public decimal HandlingHours { get; private set; }

    public Transshipments Transshipments { get; private set; }

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    public bool UpdateFrom(Node o)
    {
        var changed = Name != o.Name || Country != o.Country || Kind != o.Kind || Latitude != o.Latitude || Longitude != o.Longitude
            || Gauges != o.Gauges || HandlingHours != o.HandlingHours || Transshipments != o.Transshipments || Source != o.Source || Assumption != o.Assumption;
        (Name, Country, Kind, Latitude, Longitude, Gauges, HandlingHours, Transshipments, Source, Assumption) =
            (o.Name, o.Country, o.Kind, o.Latitude, o.Longitude, o.Gauges, o.HandlingHours, o.Transshipments, o.Source, o.Assumption);
        return changed;
    }
}
