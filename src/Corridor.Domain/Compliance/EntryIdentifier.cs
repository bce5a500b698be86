namespace Corridor.Compliance;

/// <summary>
/// An identifier of a listed party or counterparty. <see cref="Type"/> is one of the lower-case kinds in
/// <see cref="IdentifierTypes"/>; <see cref="Value"/> is kept with only letters and digits, upper-case, so that
/// "IMO 9187629" and "9187629" agree.
/// </summary>
public sealed record EntryIdentifier
{
    public EntryIdentifier(string type, string value)
    {
        Type = type.Trim().ToLowerInvariant();
        Value = Canonical(value);
    }

    public string Type { get; }

    public string Value { get; }

    /// <summary>Whether an exact agreement on this kind of identifier is strong evidence of identity.</summary>
    public bool IsStrong => IdentifierTypes.Strong.Contains(Type);

    public static string Canonical(string value)
    {
        var chars = value.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray();
        var text = new string(chars);
        return text.StartsWith("IMO", StringComparison.Ordinal) && text.Length > 3 && text[3..].All(char.IsAsciiDigit) ? text[3..] : text;
    }

    public override string ToString() => $"{Type}:{Value}";
}
