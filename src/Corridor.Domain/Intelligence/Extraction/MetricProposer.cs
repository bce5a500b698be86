using System.Text.RegularExpressions;

namespace Corridor.Intelligence.Extraction;

/// <summary>
/// Proposes a metric for a figure from the words of its sentence and its kind. The reviewer confirms or edits
/// it; the gold-set figures do not score metrics (their names are free-form).
/// </summary>
internal static partial class MetricProposer
{
    /// <param name="words">The words of the sentence the metric was proposed from (the last keyword tested that matched), or null.</param>
    public static string Propose(FigureKind kind, RangeBound bound, string unit, string sentence, out string? words)
    {
        var s = sentence.ToLowerInvariant();
        string? found = null;
        bool Has(Regex r)
        {
            var m = r.Match(s);
            if (m.Success)
            {
                found = sentence.Substring(m.Index, m.Length).Trim();
            }

            return m.Success;
        }

        var future = Future().IsMatch(s);
        var suffix = bound switch { RangeBound.Min => "_min", RangeBound.Max => "_max", _ => "" };
        var metric = kind switch
        {
            FigureKind.Percent or FigureKind.Ratio => (Has(Export()) ? "exports" : Has(Cargo()) ? "cargo_volume" : Has(Production()) ? "production" : "value") + "_growth",
            FigureKind.Duration => Has(Approval()) ? "approval_validity" : "duration",
            FigureKind.Money when Has(Agreement()) => "mou_value",
            FigureKind.Money when Has(Price()) => "vehicle_price" + suffix,
            FigureKind.Money when Has(Trade()) => "trade_turnover",
            FigureKind.Money when Has(Export()) => "export_value",
            FigureKind.Money => "value" + suffix,
            _ when Has(Capacity()) => "capacity",
            _ when unit.StartsWith("requests", StringComparison.Ordinal) => "registered_requests",
            _ when Has(Sales()) => "vehicle_sales",
            _ when Has(Export()) => future || Has(Target()) ? "export_target" : "vehicle_exports",
            _ when Has(Production()) => future ? "vehicle_production_plan" : "vehicle_production",
            _ when Has(Agreement()) => "agreement_quantity",
            _ when Has(Cargo()) => "cargo_volume",
            _ => "quantity",
        };
        words = found ?? (unit.StartsWith("requests", StringComparison.Ordinal) ? "requests" : null);
        return metric;
    }

    [GeneratedRegex(@"\b(?:will|plans?|planned|aims?|goal|target|expects?|forecast|by the end of)\b")]
    private static partial Regex Future();

    [GeneratedRegex(@"\b(?:goal|target|plans?|aims?)\b")]
    private static partial Regex Target();

    [GeneratedRegex(@"\bexport")]
    private static partial Regex Export();

    [GeneratedRegex(@"\b(?:produc|manufactur|output)")]
    private static partial Regex Production();

    [GeneratedRegex(@"\b(?:memorandum|mou|deal|agreement|contract|signed)\b")]
    private static partial Regex Agreement();

    [GeneratedRegex(@"\b(?:selling for|sell for|priced?|prices|costs? )")]
    private static partial Regex Price();

    [GeneratedRegex(@"\btrade\b")]
    private static partial Regex Trade();

    [GeneratedRegex(@"\bcapacity\b")]
    private static partial Regex Capacity();

    [GeneratedRegex(@"\b(?:sold|sales)\b")]
    private static partial Regex Sales();

    [GeneratedRegex(@"\b(?:cargo|freight|shipped|shipments|transported)\b")]
    private static partial Regex Cargo();

    [GeneratedRegex(@"\b(?:approv|certif|valid)")]
    private static partial Regex Approval();
}
