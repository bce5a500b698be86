using Corridor.Common;

namespace Corridor.Logistics;

/// <summary>
/// The dwell at a border-crossing node: median and 90th-percentile hours, both ≥ 0 and p90 ≥ median.
/// Shared reference data keyed by <see cref="NodeCode"/>.
/// </summary>
public sealed class BorderCrossing
{
    private BorderCrossing()
    {
        NodeCode = FromCountry = ToCountry = Source = "";
    }

    /// <exception cref="ArgumentException">Negative delays or p90 below the median.</exception>
    public BorderCrossing(string node, CountryCode fromCountry, CountryCode toCountry, decimal medianDelayHours, decimal p90DelayHours, string source, string? assumption = null)
    {
        NodeCode = Guard.Code(node, "node");
        FromCountry = fromCountry.Value;
        ToCountry = toCountry.Value;
        MedianDelayHours = Guard.NonNegative(medianDelayHours, "median_delay_hours");
        P90DelayHours = p90DelayHours >= medianDelayHours
            ? p90DelayHours
            : throw new ArgumentException($"p90_delay_hours ({p90DelayHours}) must not be below the median ({medianDelayHours}).", "p90_delay_hours");
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    public string NodeCode { get; private set; }

    public string FromCountry { get; private set; }

    public string ToCountry { get; private set; }

    public decimal MedianDelayHours { get; private set; }

    public decimal P90DelayHours { get; private set; }

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    public bool UpdateFrom(BorderCrossing o)
    {
        var changed = FromCountry != o.FromCountry || ToCountry != o.ToCountry || MedianDelayHours != o.MedianDelayHours || P90DelayHours != o.P90DelayHours
            || Source != o.Source || Assumption != o.Assumption;
        (FromCountry, ToCountry, MedianDelayHours, P90DelayHours, Source, Assumption) = (o.FromCountry, o.ToCountry, o.MedianDelayHours, o.P90DelayHours, o.Source, o.Assumption);
        return changed;
    }
}
