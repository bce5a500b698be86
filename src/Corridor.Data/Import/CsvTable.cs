using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Corridor.Import;

/// <summary>
/// Reads a CSV file with an exact header into rows, reporting every problem as an <see cref="ImportError"/>
/// instead of throwing: bytes that are not UTF-8, a header that differs from the expected one, rows with
/// the wrong number of fields (a truncated file), an unterminated quote. Rows are streamed.
/// </summary>
public static class CsvTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads <paramref name="path"/>; <paramref name="displayName"/> is the name used in errors.</summary>
    /// <param name="progress">Called now and then with the fraction of the file read so far (0..1).</param>
    public static IEnumerable<CsvRow> Read(string path, string displayName, IReadOnlyList<string> header, ICollection<ImportError> errors, Action<double>? progress = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var length = Math.Max(1, stream.Length);
        var n = 0;
        foreach (var row in Read(stream, displayName, header, errors))
        {
            if (progress is not null && ++n % 20_000 == 0)
            {
                progress((double)stream.Position / length);
            }

            yield return row;
        }

        progress?.Invoke(1);
    }

    public static IEnumerable<CsvRow> Read(Stream stream, string displayName, IReadOnlyList<string> header, ICollection<ImportError> errors)
    {
        using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = false,
            BadDataFound = null,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.None,
        };
        using var csv = new CsvReader(reader, config);
        var index = header.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);

        bool hasHeader;
        try
        {
            hasHeader = csv.Read();
        }
        catch (DecoderFallbackException ex)
        {
            errors.Add(new ImportError(displayName, 1, "encoding", $"the file is not valid UTF-8 ({ex.Message.Split('.')[0]})"));
            yield break;
        }

        if (!hasHeader)
        {
            errors.Add(new ImportError(displayName, 1, "header", $"the file is empty; expected the header {string.Join(",", header)}"));
            yield break;
        }

        var found = Enumerable.Range(0, csv.Parser.Count).Select(i => csv.Parser[i].Trim()).ToArray();
        if (found.Length > 0)
        {
            found[0] = found[0].TrimStart('\uFEFF');
        }

        if (!found.SequenceEqual(header, StringComparer.Ordinal))
        {
            errors.Add(new ImportError(displayName, 1, "header", $"expected {string.Join(",", header)} but found {string.Join(",", found)}"));
            yield break;
        }

        while (true)
        {
            string[] fields;
            int line;
            try
            {
                if (!csv.Read())
                {
                    yield break;
                }

                line = csv.Parser.RawRow;
                fields = new string[csv.Parser.Count];
                for (var i = 0; i < fields.Length; i++)
                {
                    fields[i] = csv.Parser[i];
                }
            }
            catch (DecoderFallbackException)
            {
                errors.Add(new ImportError(displayName, csv.Parser.RawRow + 1, "encoding", "the file is not valid UTF-8 from here on"));
                yield break;
            }
            catch (CsvHelperException ex)
            {
                errors.Add(new ImportError(displayName, csv.Parser.RawRow, "record", $"cannot be read as CSV: {ex.Message.Split('\n')[0]}"));
                yield break;
            }

            if (fields.Length == 1 && fields[0].Length == 0)
            {
                continue; // blank line
            }

            if (fields.Length != header.Count)
            {
                var hint = fields.Length < header.Count ? " (is the file truncated?)" : "";
                errors.Add(new ImportError(displayName, line, "record", $"expected {header.Count} fields but found {fields.Length}{hint}"));
                continue;
            }

            yield return new CsvRow(displayName, line, fields, index, errors);
        }
    }
}
