using System.Collections.Frozen;
using AnyAscii;

namespace Corridor.Compliance;

/// <summary>
/// The syllables East Asian names are made of, as they are romanised: the Mandarin readings (as AnyAscii gives them) and
/// the Sino-Korean readings of the characters in <see cref="HanReadings"/>. A name all of whose parts are such syllables
/// is read syllable by syllable (matcher 2.3): two different syllables are two different name parts, however alike
/// their letters (zhang ~ hang, cao ~ chao), and a syllable with no counterpart is another given or family name.
/// Derived from the Unihan data on first use; nothing here is written by hand.
/// </summary>
internal static class Syllables
{
    private static readonly Lazy<(FrozenSet<string> Mandarin, FrozenSet<string> Korean)> Sets = new(Load);

    public static bool IsMandarin(string token) => Sets.Value.Mandarin.Contains(token);

    /// <summary>A Mandarin or Sino-Korean syllable.</summary>
    public static bool IsEastAsian(string token) => Sets.Value.Mandarin.Contains(token) || Sets.Value.Korean.Contains(token);

    /// <summary>
    /// Two different Mandarin syllables: pinyin writes every sound, so another initial (zhang ~ hang, cao ~ chao, feng ~
    /// deng; matcher 2.3) or another final (shen ~ shun, yang ~ yan; matcher 2.4) is another character.
    /// </summary>
    public static bool DifferentMandarin(string a, string b) => a != b && IsMandarin(a) && IsMandarin(b);

    private static (FrozenSet<string>, FrozenSet<string>) Load()
    {
        var mandarin = new HashSet<string>(StringComparer.Ordinal);
        var korean = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (codePoint, entry) in HanReadings.All)
        {
            var reading = char.ConvertFromUtf32(codePoint).Transliterate().ToLowerInvariant();
            if (reading.Length > 0 && reading.All(char.IsAsciiLetterLower))
            {
                mandarin.Add(reading);
            }

            foreach (var k in entry.Korean)
            {
                if (k.Length > 0 && k.All(char.IsAsciiLetterLower))
                {
                    korean.Add(k);
                }
            }
        }

        return (mandarin.ToFrozenSet(StringComparer.Ordinal), korean.ToFrozenSet(StringComparer.Ordinal));
    }
}
