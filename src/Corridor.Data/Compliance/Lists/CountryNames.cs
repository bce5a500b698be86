using System.Collections.Frozen;
using System.Globalization;

namespace Corridor.Compliance.Lists;

/// <summary>Reads country names as published in sanctions lists ("Iran", "Russia", "Korea, North") as ISO 3166-1 alpha-2 codes.</summary>
public static class CountryNames
{
    private static readonly FrozenDictionary<string, string> ByName = Build();

    /// <summary>The ISO alpha-2 code for a country name or code, or the trimmed text itself when it is not a known country.</summary>
    public static string? ToCode(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = Key(text);
        return ByName.TryGetValue(key, out var code) ? code : text.Trim();
    }

    private static string Key(string text) => new(text.Trim().ToLowerInvariant().Where(char.IsLetter).ToArray());

    private static FrozenDictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                var region = new RegionInfo(culture.Name);
                if (region.TwoLetterISORegionName.Length == 2 && char.IsAsciiLetter(region.TwoLetterISORegionName[0]))
                {
                    map.TryAdd(Key(region.EnglishName), region.TwoLetterISORegionName);
                    map.TryAdd(Key(region.TwoLetterISORegionName), region.TwoLetterISORegionName);
                    map.TryAdd(Key(region.ThreeLetterISORegionName), region.TwoLetterISORegionName);
                }
            }
            catch (ArgumentException)
            {
                // a culture without a region
            }
        }

        // Spellings used by the list publishers that the culture data does not carry.
        foreach (var (name, code) in new[]
        {
            ("Russia", "RU"), ("Russian Federation", "RU"), ("Iran", "IR"), ("Iran (Islamic Republic of)", "IR"), ("Syria", "SY"),
            ("Syrian Arab Republic", "SY"), ("Korea, North", "KP"), ("North Korea", "KP"),
            ("Democratic People's Republic of Korea", "KP"), ("Korea, South", "KR"), ("Republic of Korea", "KR"),
            ("Burma", "MM"), ("Myanmar", "MM"), ("Venezuela", "VE"), ("Bolivarian Republic of Venezuela", "VE"), ("Cuba", "CU"),
            ("United Kingdom", "GB"), ("United States", "US"), ("USA", "US"), ("UK", "GB"), ("Belarus", "BY"), ("Turkey", "TR"),
            ("Türkiye", "TR"), ("Democratic Republic of the Congo", "CD"), ("Congo, Democratic Republic of the", "CD"),
            ("United Arab Emirates", "AE"), ("China", "CN"), ("Hong Kong", "HK"), ("Iraq", "IQ"), ("Lebanon", "LB"),
            ("Afghanistan", "AF"), ("Libya", "LY"), ("Yemen", "YE"), ("Ukraine", "UA"), ("Crimea", "UA"), ("Palestinian", "PS"),
            ("West Bank", "PS"), ("Gaza", "PS"), ("Kosovo", "XK"), ("Laos", "LA"), ("Vietnam", "VN"), ("Moldova", "MD"),
            ("Tanzania", "TZ"), ("Bolivia", "BO"), ("Macau", "MO"), ("Taiwan", "TW"), ("Czech Republic", "CZ"),
        })
        {
            map[Key(name)] = code;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
