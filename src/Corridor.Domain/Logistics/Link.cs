using Corridor.Common;

namespace Corridor.Logistics;

/// <summary>
/// A connection between two nodes by one mode. Shared reference data; the natural key is (from, to, mode).
/// Costs are US dollars per vehicle and per tonne for the whole link; capacities are per week (null when no
/// figure is known, which the engine treats as unconstrained). A <see cref="Bidirectional"/> link is usable both ways.
/// </summary>
public sealed class Link
{
    private Link()
    {
        FromCode = ToCode = Source = "";
    }

    /// <exception cref="ArgumentException">A field is missing or out of range.</exception>
    public Link(string from, string to, TransportMode mode, int? gaugeMm, decimal distanceKm, decimal transitHours,
        decimal costPerVehicleUsd, decimal costPerTonneUsd, int? capacityVehiclesPerWeek, decimal? capacityTonnesPerWeek,
        bool bidirectional, CorridorBranch branch, SeasonalClosure? seasonalClosure, string source, string? assumption = null)
    {
        Id = Guid.CreateVersion7();
        FromCode = Guard.Code(from, "from");
        ToCode = Guard.Code(to, "to");
        if (FromCode == ToCode)
        {
            throw new ArgumentException("a link must join two different nodes.", "to");
        }

        Mode = mode;
        if (mode == TransportMode.Rail && (gaugeMm is null || LogisticsCodes.GaugeOf(gaugeMm.Value) is null))
        {
            throw new ArgumentException($"a rail link needs gauge_mm 1435 or 1520 (was {gaugeMm?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "empty"}).", "gauge_mm");
        }

        if (mode != TransportMode.Rail && gaugeMm is not null)
        {
            throw new ArgumentException("only rail links have a gauge.", "gauge_mm");
        }

        GaugeMm = gaugeMm;
        DistanceKm = Guard.NonNegative(distanceKm, "distance_km");
        TransitHours = transitHours > 0 ? transitHours : throw new ArgumentException($"transit_hours must be positive (was {transitHours}).", "transit_hours");
        CostPerVehicleUsd = Guard.NonNegative(costPerVehicleUsd, "cost_per_vehicle_usd");
        CostPerTonneUsd = Guard.NonNegative(costPerTonneUsd, "cost_per_tonne_usd");
        CapacityVehiclesPerWeek = capacityVehiclesPerWeek is null or >= 0 ? capacityVehiclesPerWeek : throw new ArgumentException("capacity_vehicles_per_week must not be negative.", "capacity_vehicles_per_week");
        CapacityTonnesPerWeek = capacityTonnesPerWeek is null or >= 0 ? capacityTonnesPerWeek : throw new ArgumentException("capacity_tonnes_per_week must not be negative.", "capacity_tonnes_per_week");
        Bidirectional = bidirectional;
        Branch = branch;
        SeasonalClosure = seasonalClosure?.ToString();
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    public Guid Id { get; private set; }

    public string FromCode { get; private set; }

    public string ToCode { get; private set; }

    public TransportMode Mode { get; private set; }

    /// <summary>1435 or 1520 for rail; null otherwise.</summary>
    public int? GaugeMm { get; private set; }

    public decimal DistanceKm { get; private set; }

    public decimal TransitHours { get; private set; }

    public decimal CostPerVehicleUsd { get; private set; }

    public decimal CostPerTonneUsd { get; private set; }

    public int? CapacityVehiclesPerWeek { get; private set; }

    public decimal? CapacityTonnesPerWeek { get; private set; }

    public bool Bidirectional { get; private set; }

    public CorridorBranch Branch { get; private set; }

    /// <summary>The yearly closure window as text (<c>MM-DD..MM-DD</c>), or null when always open.</summary>
    public string? SeasonalClosure { get; private set; }

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    /// <summary>The natural key, <c>FROM&gt;TO:mode</c>.</summary>
    public string Key => KeyOf(FromCode, ToCode, Mode);

    public static string KeyOf(string from, string to, TransportMode mode) => $"{from.ToUpperInvariant()}>{to.ToUpperInvariant()}:{mode.ToText()}";

    public SeasonalClosure? Closure => SeasonalClosure is null ? null : Logistics.SeasonalClosure.Parse(SeasonalClosure);

    public bool UpdateFrom(Link o)
    {
        var changed = GaugeMm != o.GaugeMm || DistanceKm != o.DistanceKm || TransitHours != o.TransitHours || CostPerVehicleUsd != o.CostPerVehicleUsd
            || CostPerTonneUsd != o.CostPerTonneUsd || CapacityVehiclesPerWeek != o.CapacityVehiclesPerWeek || CapacityTonnesPerWeek != o.CapacityTonnesPerWeek
            || Bidirectional != o.Bidirectional || Branch != o.Branch || SeasonalClosure != o.SeasonalClosure || Source != o.Source || Assumption != o.Assumption;
        (GaugeMm, DistanceKm, TransitHours, CostPerVehicleUsd, CostPerTonneUsd, CapacityVehiclesPerWeek, CapacityTonnesPerWeek, Bidirectional, Branch, SeasonalClosure, Source, Assumption) =
            (o.GaugeMm, o.DistanceKm, o.TransitHours, o.CostPerVehicleUsd, o.CostPerTonneUsd, o.CapacityVehiclesPerWeek, o.CapacityTonnesPerWeek, o.Bidirectional, o.Branch, o.SeasonalClosure, o.Source, o.Assumption);
        return changed;
    }
}
