using System.Globalization;
using System.Text;

namespace Corridor.Catalog;

/// <summary>
/// Free-text search over a catalogue: every word of the query must occur (case- and accent-insensitive)
/// in the item's code, name, maker, HS code or product group. Catalogues hold hundreds of items, so this
/// runs over the organisation's rows in memory.
/// </summary>
public static class CatalogSearch
{
    public static IEnumerable<VehicleModel> Models(IEnumerable<VehicleModel> models, string? query) =>
        Filter(models, query, m => $"{m.Code} {m.Name} {m.Maker?.Code} {m.Maker?.Name} {m.HsCode} {m.Fuel} {m.EmissionClass.ToText()}");

    public static IEnumerable<Part> Parts(IEnumerable<Part> parts, string? query) =>
        Filter(parts, query, p => $"{p.PartNumber} {p.Name} {p.ProductGroup} {p.Maker?.Code} {p.HsCode}");

    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
        }

        return sb.ToString();
    }

    private static IEnumerable<T> Filter<T>(IEnumerable<T> items, string? query, Func<T, string> text)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return items;
        }

        var words = Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Where(i =>
        {
            var haystack = Fold(text(i));
            return words.All(w => haystack.Contains(w, StringComparison.Ordinal));
        });
    }
}
