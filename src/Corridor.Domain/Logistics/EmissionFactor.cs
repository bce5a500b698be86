using Corridor.Common;

namespace Corridor.Logistics;

/// <summary>Default well-to-wheel CO₂e per tonne-kilometre for a mode, in grams. Shared reference data keyed by mode.</summary>
public sealed class EmissionFactor
{
    private EmissionFactor()
    {
        Source = "";
    }

    /// <exception cref="ArgumentException">Negative factor.</exception>
    public EmissionFactor(TransportMode mode, decimal gramsCo2ePerTonneKm, string source, string? assumption = null)
    {
        Mode = mode;
        GramsCo2ePerTonneKm = Guard.NonNegative(gramsCo2ePerTonneKm, "g_co2e_per_tonne_km");
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    public TransportMode Mode { get; private set; }

    public decimal GramsCo2ePerTonneKm { get; private set; }

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    public bool UpdateFrom(EmissionFactor o)
    {
        var changed = GramsCo2ePerTonneKm != o.GramsCo2ePerTonneKm || Source != o.Source || Assumption != o.Assumption;
        (GramsCo2ePerTonneKm, Source, Assumption) = (o.GramsCo2ePerTonneKm, o.Source, o.Assumption);
        return changed;
    }
}
