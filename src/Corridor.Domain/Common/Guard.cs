namespace Corridor.Common;

/// <summary>Argument checks shared by entity constructors; throws <see cref="ArgumentException"/> naming the field.</summary>
public static class Guard
{
    public static string Text(string? value, string field, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{field} is required.", field);
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new ArgumentException($"{field} is longer than {maxLength} characters.", field);
        }

        return trimmed;
    }

    public static string Code(string? value, string field, int maxLength = 40)
    {
        var text = Text(value, field, maxLength).ToUpperInvariant();
        foreach (var ch in text)
        {
            if (!(char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.'))
            {
                throw new ArgumentException($"{field} '{text}' may hold only letters, digits, '-', '_' and '.'.", field);
            }
        }

        return text;
    }

    public static decimal NonNegative(decimal value, string field) =>
        value >= 0 ? value : throw new ArgumentException($"{field} must not be negative (was {value}).", field);

    public static int Positive(int value, string field) =>
        value > 0 ? value : throw new ArgumentException($"{field} must be positive (was {value}).", field);
}
