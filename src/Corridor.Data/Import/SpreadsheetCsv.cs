using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Corridor.Import;

/// <summary>
/// CSV for people to open in a spreadsheet (dashboard tables, shipment lines, orders, the screening audit trail):
/// RFC 4180 through CsvHelper, CRLF line ends, invariant culture, and formula injection escaped — a text cell that
/// starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe, so that a
/// counterparty called <c>=HYPERLINK(…)</c> stays text. Numbers (e.g. <c>-0.12</c>) are written as they are. The files
/// <c>corridor export</c> writes for re-import are not escaped (they are data, not sheets).
/// </summary>
public static class SpreadsheetCsv
{
    private static readonly CsvConfiguration Settings = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.Escape,
        InjectionEscapeCharacter = '\'',
        InjectionCharacters = ['=', '@', '+', '-', '\t', '\r'],
        // With NewLine set, CsvHelper's default quotes only fields holding that exact sequence; a lone \n must be quoted too.
        ShouldQuote = args => args.Field is { } f && (f.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (f.Length > 0 && (char.IsWhiteSpace(f[0]) || char.IsWhiteSpace(f[^1])))),
    };

    /// <summary>The rows, the first being the header, as one CSV text.</summary>
    public static string Write(IEnumerable<IEnumerable<object?>> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new NumberPreservingWriter(text))
        {
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(Format(cell));
                }

                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    /// <summary>A cell's text: ISO dates and instants, invariant numbers, empty for null.</summary>
    public static string Format(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", CultureInfo.InvariantCulture),
        double x => x.ToString("0.######", CultureInfo.InvariantCulture),
        float x => x.ToString("0.######", CultureInfo.InvariantCulture),
        IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>CsvHelper's writer, leaving cells that are plain numbers unescaped.</summary>
    private sealed class NumberPreservingWriter(TextWriter writer) : CsvWriter(writer, Settings)
    {
        protected override string SanitizeForInjection(string? field) =>
            field is not null && decimal.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? field : base.SanitizeForInjection(field) ?? "";
    }
}
