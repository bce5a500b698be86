namespace Corridor.Common;

/// <summary>An ISO 3166-1 alpha-2 country code: two upper-case ASCII letters.</summary>
public readonly record struct CountryCode
{
    private CountryCode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out CountryCode code)
    {
        code = default;
        var t = text?.Trim().ToUpperInvariant();
        if (t is not { Length: 2 } || !char.IsAsciiLetterUpper(t[0]) || !char.IsAsciiLetterUpper(t[1]))
        {
            return false;
        }

        code = new CountryCode(t);
        return true;
    }

    /// <exception cref="FormatException">Not two ASCII letters.</exception>
    public static CountryCode Parse(string text) =>
        TryParse(text, out var c) ? c : throw new FormatException($"'{text}' is not an ISO 3166-1 alpha-2 country code.");

    public override string ToString() => Value ?? "";
}
