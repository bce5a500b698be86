using System.Globalization;
using Corridor.Common;

namespace Corridor.Compliance.Lists;

/// <summary>
/// The BIS Denied Persons List (dpl.txt): tab-separated, quoted, with a header of 12 columns (Name, Street_Address,
/// City, State, Country, Postal_Code, Effective_Date, Expiration_Date, Standard_Order, Last_Update, Action,
/// FR_Citation). The list has no ids; an entry's id is its name and effective date, which is stable across editions.
/// Impossible dates as published (2922-09-01) are kept as text in the remarks, not rejected.
/// </summary>
public sealed class BisDplParser : ISanctionsListParser
{
    public string Source => ListSource.BisDpl;

    public Result<ParsedList> Parse(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            return Result<ParsedList>.Failure($"{path}: file not found");
        }

        try
        {
            var header = File.ReadLines(path).FirstOrDefault() ?? "";
            if (!header.Contains("\"Name\"", StringComparison.Ordinal) || !header.Contains("Effective_Date", StringComparison.Ordinal))
            {
                return Result<ParsedList>.Failure($"{Path.GetFileName(path)}:line 1: expected the DPL header (Name, Street_Address, …, Effective_Date, …)");
            }

            var entries = new List<ListEntry>();
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            DateOnly? latest = null;
            foreach (var (line, f) in RawCsv.Read(path, 12, '\t', header: true, cancellationToken))
            {
                var name = f[0].Trim();
                if (name.Length == 0)
                {
                    throw new ListFormatException(path, $"line {line}", "Name is empty");
                }

                var id = $"{name}|{f[6].Trim()}";
                ids[id] = ids.GetValueOrDefault(id) + 1;
                if (ids[id] > 1)
                {
                    id += $"|{ids[id]}";
                }

                if (DateOnly.TryParseExact(f[9].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var updated)
                    && updated.Year < 2100 && (latest is null || updated > latest))
                {
                    latest = updated;
                }

                var address = string.Join(", ", new[] { f[1], f[2], f[3], f[5], f[4] }.Select(x => x.Trim()).Where(x => x.Length > 0));
                var country = CountryNames.ToCode(f[4]);
                entries.Add(new ListEntry(Source, id, ListEntryType.Unknown, [ListName.Of(name, true)], ["DPL"], [],
                    country is null ? [] : [country], address.Length == 0 ? [] : [address], [],
                    $"effective {f[6].Trim()}, expires {f[7].Trim()}; {f[10].Trim()}; {f[11].Trim()}"));
            }

            return Result<ParsedList>.Success(new ParsedList(Source, entries, latest, ListFiles.Hash([path]), [path]));
        }
        catch (ListFormatException ex)
        {
            return Result<ParsedList>.Failure(ex.Message);
        }
    }
}
