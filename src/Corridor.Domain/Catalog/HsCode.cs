namespace Corridor.Catalog;

/// <summary>
/// A Harmonized System code at 6 digits (heading and subheading), optionally extended by national
/// digits (EAEU TN VED uses 10). Stored as digits only; shown as <c>8703.23</c> or <c>8703.23.1940</c>.
/// </summary>
public readonly record struct HsCode
{
    private HsCode(string digits) => Digits = digits;

    /// <summary>6 to 10 digits, no separators.</summary>
    public string Digits { get; }

    /// <summary>The 4-digit heading, e.g. 8703 for passenger cars.</summary>
    public string Heading => Digits[..4];

    public static bool TryParse(string? text, out HsCode code)
    {
        code = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[16];
        var n = 0;
        foreach (var ch in text.AsSpan().Trim())
        {
            if (char.IsAsciiDigit(ch))
            {
                if (n == buffer.Length)
                {
                    return false;
                }

                buffer[n++] = ch;
            }
            else if (ch is not ('.' or ' '))
            {
                return false;
            }
        }

        if (n is < 6 or > 10 || n % 2 != 0)
        {
            return false;
        }

        code = new HsCode(new string(buffer[..n]));
        return true;
    }

    /// <exception cref="FormatException">Not 6, 8 or 10 digits.</exception>
    public static HsCode Parse(string text) =>
        TryParse(text, out var c) ? c : throw new FormatException($"'{text}' is not an HS code (6, 8 or 10 digits, e.g. 8703.23).");

    public bool IsWithin(string prefix) => Digits.StartsWith(prefix.Replace(".", "", StringComparison.Ordinal), StringComparison.Ordinal);

    public override string ToString() =>
        Digits is null ? "" : Digits.Length == 6 ? $"{Digits[..4]}.{Digits[4..]}" : $"{Digits[..4]}.{Digits[4..6]}.{Digits[6..]}";
}
