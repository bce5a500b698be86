using System.Globalization;
using System.Text.RegularExpressions;

namespace Corridor.Compliance.Lists;

/// <summary>Reads the structured parts of OFAC remarks: dates of birth, identifiers, nationality and quoted aliases.</summary>
internal static partial class OfacRemarks
{
    public static void Read(string remarks, List<string> birthDates, List<EntryIdentifier> identifiers, List<string> countries, List<ListName> names)
    {
        foreach (Match m in Dob().Matches(remarks))
        {
            if (ParseDate(m.Groups[1].Value) is { } d)
            {
                birthDates.Add(d);
            }
        }

        foreach (Match m in Identifier().Matches(remarks))
        {
            var label = m.Groups[1].Value;
            var value = m.Groups[2].Value;
            var country = m.Groups[3].Success ? m.Groups[3].Value : "";
            var russian = country.Contains("Russia", StringComparison.OrdinalIgnoreCase);
            var type = label switch
            {
                "IMO" => IdentifierTypes.Imo,
                "MMSI" => IdentifierTypes.Mmsi,
                "SWIFT/BIC" => IdentifierTypes.Swift,
                "Passport" => IdentifierTypes.Passport,
                "National ID No." or "Cedula No." or "Identification Number" => IdentifierTypes.NationalId,
                "Tax ID No." when russian => IdentifierTypes.Inn,
                "Tax ID No." => IdentifierTypes.TaxId,
                "Registration Number" when russian && value.Length is 13 or 15 => IdentifierTypes.Ogrn,
                "Registration Number" or "Registration ID" or "Company Number" => IdentifierTypes.Registration,
                _ => IdentifierTypes.Other,
            };
            identifiers.Add(new EntryIdentifier(type, value));
        }

        foreach (Match m in Nationality().Matches(remarks))
        {
            if (CountryNames.ToCode(m.Groups[1].Value) is { Length: 2 } code)
            {
                countries.Add(code);
            }
        }

        foreach (Match m in Aka().Matches(remarks))
        {
            names.Add(ListName.Of(m.Groups[1].Value, primary: false));
        }
    }

    public static string? ParseDate(string text)
    {
        string[] formats = ["dd MMM yyyy", "d MMM yyyy", "MMM yyyy", "yyyy"];
        foreach (var format in formats)
        {
            if (DateTime.TryParseExact(text.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return format switch
                {
                    "yyyy" => date.ToString("yyyy", CultureInfo.InvariantCulture),
                    "MMM yyyy" => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                };
            }
        }

        return null;
    }

    [GeneratedRegex(@"DOB (?:circa )?(\d{1,2} [A-Z][a-z]{2} \d{4}|[A-Z][a-z]{2} \d{4}|\d{4})")]
    private static partial Regex Dob();

    [GeneratedRegex(@"\b(IMO|MMSI|SWIFT/BIC|Passport|National ID No\.|Cedula No\.|Identification Number|Tax ID No\.|Registration Number|Registration ID|Company Number) ([A-Za-z0-9][A-Za-z0-9\-/]{3,})(?: \(([^)]*)\))?")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"(?:nationality|citizen) ([A-Z][A-Za-z ,]+?)(?:;|\.|$)")]
    private static partial Regex Nationality();

    [GeneratedRegex(@"a\.k\.a\. '([^']{3,})'")]
    private static partial Regex Aka();
}
