using System.Globalization;

namespace Corridor.Intelligence.Extraction;

/// <summary>Reads the numbers of news text: digits with thousands separators, number words and scale words.</summary>
internal static class NumberWords
{
    /// <summary>The alternation of number words the patterns accept (whole words, any case).</summary>
    public const string Pattern = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundred";

    /// <summary>The alternation of scale words.</summary>
    public const string Scales = "thousand|million|billion|trillion|mln|bn";

    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["a hundred"] = 100, ["hundred"] = 100,
    };

    /// <summary>The value of <paramref name="number"/> (digits or a word) times <paramref name="scale"/> (may be empty).</summary>
    public static decimal Value(string number, string scale)
    {
        var n = Words.TryGetValue(number, out var w) ? w : decimal.Parse(number.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return n * scale.ToLowerInvariant() switch
        {
            "thousand" => 1_000m,
            "million" or "mln" or "m" => 1_000_000m,
            "billion" or "bn" => 1_000_000_000m,
            "trillion" => 1_000_000_000_000m,
            _ => 1m,
        };
    }

    /// <summary>A small count (a number word or digits) as an integer.</summary>
    public static int Small(string number) => (int)Value(number, "");

    /// <summary>True when the digits look like a year (1900-2100, no separator, no scale).</summary>
    public static bool IsYear(string number, string scale) =>
        scale.Length == 0 && number.Length == 4 && int.TryParse(number, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2100;
}
