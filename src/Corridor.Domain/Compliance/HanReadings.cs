using System.Collections.Frozen;
using AnyAscii;

namespace Corridor.Compliance;

/// <summary>
/// The Korean and Japanese readings of Han characters, from the table <c>HanReadings.tsv</c> embedded in this assembly
/// (generated from the Unicode Consortium's Unihan database by <c>scripts/han-readings.cs</c>; see
/// docs/decisions/012-han-readings.md). AnyAscii reads Han in Mandarin only; these are the other readings a name written
/// in Han characters may have. Loaded once, on first use.
/// </summary>
internal static class HanReadings
{
    private static readonly Lazy<FrozenDictionary<int, Entry>> Table = new(Load);

    /// <summary>The readings of one character: Korean (the kHangul syllables as AnyAscii romanises them) and Japanese kun and on (Hepburn, lower case).</summary>
    internal sealed record Entry(string[] Korean, string[] Kun, string[] On);

    /// <summary>How many characters the table has readings for.</summary>
    public static int Count => Table.Value.Count;

    public static bool TryGet(int codePoint, out Entry entry) => Table.Value.TryGetValue(codePoint, out entry!);

    /// <summary>Every character of the table with its readings.</summary>
    public static IEnumerable<KeyValuePair<int, Entry>> All => Table.Value;

    private static FrozenDictionary<int, Entry> Load()
    {
        using var stream = typeof(HanReadings).Assembly.GetManifestResourceStream("Corridor.Compliance.HanReadings.tsv")
            ?? throw new InvalidOperationException("the embedded Han readings table is missing");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<int, Entry>(16384);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            var korean = Split(f[1]).Select(h => h.Transliterate().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();
            table[char.ConvertToUtf32(f[0], 0)] = new Entry(korean, Split(f[2]), Split(f[3]));
        }

        return table.ToFrozenDictionary();
    }

    private static string[] Split(string field) => field.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
