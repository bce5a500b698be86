namespace Corridor.Compliance;

/// <summary>Reads canonical Roman numerals from 1 to 39 (series markers such as II, VIII, XIII).</summary>
internal static class RomanNumeral
{
    private static readonly string[] Units = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];

    public static bool TryParse(string text, out int value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 6)
        {
            return false;
        }

        var tens = 0;
        while (tens < text.Length && text[tens] == 'x' && tens < 3)
        {
            tens++;
        }

        var rest = text[tens..];
        var unit = Array.IndexOf(Units, rest);
        if (unit < 0 || tens + unit == 0)
        {
            return false;
        }

        value = tens * 10 + unit;
        return true;
    }
}
