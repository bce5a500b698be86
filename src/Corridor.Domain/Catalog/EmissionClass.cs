namespace Corridor.Catalog;

/// <summary>European exhaust-emission class, ordered: a higher number is stricter.</summary>
public enum EmissionClass
{
    Euro0 = 0,
    Euro1 = 1,
    Euro2 = 2,
    Euro3 = 3,
    Euro4 = 4,
    Euro5 = 5,
    Euro6 = 6,
}

public static class EmissionClassText
{
    /// <summary>Accepts <c>Euro-4</c>, <c>Euro4</c>, <c>EURO 4</c> or <c>4</c>.</summary>
    public static bool TryParse(string? text, out EmissionClass value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim().ToUpperInvariant().Replace("EURO", "", StringComparison.Ordinal).Trim(' ', '-');
        if (t.Length == 1 && t[0] is >= '0' and <= '6')
        {
            value = (EmissionClass)(t[0] - '0');
            return true;
        }

        return false;
    }

    public static string ToText(this EmissionClass value) => $"Euro-{(int)value}";
}
