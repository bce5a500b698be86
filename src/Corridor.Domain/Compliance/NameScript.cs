using System.Text;

namespace Corridor.Compliance;

/// <summary>Names the script a text is mostly written in (Latin, Cyrillic, Arabic, Hebrew, Greek, Han, Hangul, Kana, Other).</summary>
public static class NameScript
{
    public static string Detect(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            var script = rune.Value switch
            {
                < 0x0250 => "Latin",
                >= 0x0370 and < 0x0400 => "Greek",
                >= 0x0400 and < 0x0530 => "Cyrillic",
                >= 0x0590 and < 0x0600 => "Hebrew",
                >= 0x0600 and < 0x0900 => "Arabic",
                >= 0x3040 and < 0x3100 => "Kana",
                >= 0x3400 and < 0xA000 => "Han",
                >= 0xAC00 and < 0xD7B0 => "Hangul",
                >= 0xFB50 and < 0xFF00 => "Arabic",
                >= 0x1E00 and < 0x1F00 => "Latin",
                _ => "Other",
            };
            counts[script] = counts.GetValueOrDefault(script) + 1;
        }

        return counts.Count == 0 ? "Latin" : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
    }
}
