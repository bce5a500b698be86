using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Corridor.Compliance.Lists;

/// <summary>Streams the records of a delimited file as string arrays with the line each starts on; checks the field count.</summary>
internal static class RawCsv
{
    public static IEnumerable<(int Line, string[] Fields)> Read(string path, int expectedFields, char delimiter = ',', bool header = false, CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
            IgnoreBlankLines = true,
        };
        using var parser = new CsvParser(reader, config);
        var first = true;
        while (true)
        {
            bool read;
            try
            {
                read = parser.Read();
            }
            catch (CsvHelperException ex)
            {
                throw new ListFormatException(path, $"line {parser.RawRow}", $"unreadable record ({ex.GetType().Name})");
            }

            if (!read)
            {
                yield break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var fields = parser.Record ?? [];
            if (fields.Length == 1 && string.IsNullOrWhiteSpace(fields[0]) || fields.Length == 1 && fields[0] == "\u001a")
            {
                continue;
            }

            if (first && header)
            {
                first = false;
                continue;
            }

            first = false;
            if (parser.RawRecord.Count(c => c == '"') % 2 != 0)
            {
                throw new ListFormatException(path, $"line {parser.RawRow}", "unterminated quoted field (truncated file?)");
            }

            if (fields.Length != expectedFields)
            {
                throw new ListFormatException(path, $"line {parser.RawRow}", $"expected {expectedFields} fields, found {fields.Length} (truncated or malformed record)");
            }

            yield return (parser.RawRow, fields);
        }
    }
}
