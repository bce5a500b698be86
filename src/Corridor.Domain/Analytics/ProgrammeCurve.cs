namespace Corridor.Analytics;

/// <summary>
/// The reference scenario's volumes, as the generator's demand: annual anchors placed at mid-year and interpolated
/// geometrically month by month, times a seasonal factor. Anchors follow the articles where they say something
/// (IKCO under 20,000 vehicles exported in 2022 and aiming at 100,000 a year; parts to Russia $13M in 2022 and $66M in
/// 2023, doubling year on year in the following quarter) and are assumptions elsewhere (docs/analytics.md lists them).
/// </summary>
public static class ProgrammeCurve
{
    /// <summary>Vehicles a year wanted by all markets together from IKCO (assumption fitted to the reported figures).</summary>
    public static readonly IReadOnlyDictionary<int, double> IkcoVehicles = new Dictionary<int, double>
    {
        [2018] = 1_200, [2019] = 1_500, [2020] = 2_500, [2021] = 6_000, [2022] = 18_000, [2023] = 32_000,
        [2024] = 52_000, [2025] = 75_000, [2026] = 95_000, [2027] = 110_000,
    };

    /// <summary>Saipa's vehicle demand relative to IKCO's (assumption).</summary>
    public const double SaipaShare = 0.4;

    /// <summary>Parts to Russia in US dollars a year (2022 and 2023 as reported; 2024 doubles 2023 as reported for Q1 IY1403; later assumed).</summary>
    public static readonly IReadOnlyDictionary<int, double> PartsToRussiaUsd = new Dictionary<int, double>
    {
        [2018] = 4e6, [2019] = 5e6, [2020] = 6e6, [2021] = 8e6, [2022] = 13e6, [2023] = 66e6, [2024] = 132e6,
        [2025] = 170e6, [2026] = 200e6, [2027] = 220e6,
    };

    /// <summary>Parts to the other markets as a share of the parts to Russia (assumption).</summary>
    public const double PartsElsewhereShare = 0.3;

    /// <summary>Share of each market in vehicle demand (assumption; Russia largest, then the markets named in the articles).</summary>
    public static readonly IReadOnlyList<(string Market, double Share)> VehicleMarkets =
    [
        ("RU", 0.45), ("BY", 0.12), ("VE", 0.10), ("IQ", 0.10), ("AZ", 0.06), ("AM", 0.06), ("OM", 0.05), ("KZ", 0.04), ("TM", 0.02),
    ];

    /// <summary>Share of each non-Russian market in the other parts exports (assumption).</summary>
    public static readonly IReadOnlyList<(string Market, double Share)> PartsMarkets =
    [
        ("BY", 0.3), ("KZ", 0.2), ("AM", 0.15), ("AZ", 0.15), ("IQ", 0.2),
    ];

    /// <summary>Month factors, January first: Nowruz dip in March–April, autumn peak (assumption; mean 1).</summary>
    public static readonly double[] Season = Normalise([0.85, 0.95, 0.70, 0.90, 1.05, 1.05, 1.05, 1.00, 1.10, 1.15, 1.15, 1.05]);

    /// <summary>Average rate of roubles per US dollar by year (assumption: rounded annual averages from general knowledge).</summary>
    public static readonly IReadOnlyDictionary<int, decimal> RubPerUsd = new Dictionary<int, decimal>
    {
        [2018] = 62.7m, [2019] = 64.7m, [2020] = 72.1m, [2021] = 73.7m, [2022] = 68.5m, [2023] = 85.2m, [2024] = 92.5m,
        [2025] = 84.0m, [2026] = 80.0m, [2027] = 80.0m,
    };

    /// <summary>The annual rate of <paramref name="anchors"/> around the middle of <paramref name="month"/>, geometric between mid-year anchors, times its seasonal factor.</summary>
    public static double AnnualRate(IReadOnlyDictionary<int, double> anchors, DateOnly month)
    {
        var t = month.Year + ((month.Month - 0.5) / 12.0) - 0.5;
        var y0 = (int)Math.Floor(t);
        var f = t - y0;
        var a = Anchor(anchors, y0);
        var b = Anchor(anchors, y0 + 1);
        return a * Math.Pow(b / a, f) * Season[month.Month - 1];
    }

    public static decimal RubRate(DateOnly day)
    {
        var first = RubPerUsd.Keys.Min();
        var last = RubPerUsd.Keys.Max();
        return RubPerUsd[Math.Clamp(day.Year, first, last)];
    }

    private static double Anchor(IReadOnlyDictionary<int, double> anchors, int year)
    {
        var first = anchors.Keys.Min();
        var last = anchors.Keys.Max();
        return anchors[Math.Clamp(year, first, last)];
    }

    private static double[] Normalise(double[] f)
    {
        var mean = f.Average();
        return [.. f.Select(x => x / mean)];
    }
}
