using Corridor.Common;

namespace Corridor.Compliance.Lists;

/// <summary>
/// OFAC's legacy CSV set: main records (sdn.csv or cons_prim.csv: ent_num, name, type, programme, title, call sign,
/// vessel type, tonnage, GRT, flag, owner, remarks), aliases (alt.csv), addresses (add.csv) and remark overflow
/// (sdn_comments.csv). "-0-" is empty. The SDN list and the consolidated non-SDN list share the layout and differ in
/// file names (the latter prefixed cons_).
/// </summary>
public sealed class OfacCsvParser(string source) : ISanctionsListParser
{
    public string Source { get; } = source;

    public static OfacCsvParser Sdn() => new(ListSource.OfacSdn);

    public static OfacCsvParser Consolidated() => new(ListSource.OfacConsolidated);

    public Result<ParsedList> Parse(string path, CancellationToken cancellationToken = default)
    {
        var prefix = Source == ListSource.OfacConsolidated ? "cons_" : "";
        var main = Path.Combine(path, prefix == "" ? "sdn.csv" : "cons_prim.csv");
        var alt = Path.Combine(path, prefix + "alt.csv");
        var add = Path.Combine(path, prefix + "add.csv");
        var comments = Path.Combine(path, prefix == "" ? "sdn_comments.csv" : "cons_comments.csv");
        if (!File.Exists(main))
        {
            return Result<ParsedList>.Failure($"{main}: file not found");
        }

        try
        {
            var remarksOverflow = new Dictionary<string, string>(StringComparer.Ordinal);
            if (File.Exists(comments))
            {
                foreach (var (_, f) in RawCsv.Read(comments, 2, cancellationToken: cancellationToken))
                {
                    remarksOverflow[f[0].Trim()] = f[1];
                }
            }

            var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            if (File.Exists(alt))
            {
                foreach (var (line, f) in RawCsv.Read(alt, 5, cancellationToken: cancellationToken))
                {
                    var id = Number(alt, line, f[0]);
                    if (ListFiles.Clean(f[3]) is { } name)
                    {
                        (aliases.TryGetValue(id, out var l) ? l : aliases[id] = []).Add(name);
                    }
                }
            }

            var addresses = new Dictionary<string, List<(string Text, string? Country)>>(StringComparer.Ordinal);
            if (File.Exists(add))
            {
                foreach (var (line, f) in RawCsv.Read(add, 6, cancellationToken: cancellationToken))
                {
                    var id = Number(add, line, f[0]);
                    var text = string.Join(", ", new[] { f[2], f[3], f[4] }.Select(ListFiles.Clean).OfType<string>());
                    if (text.Length > 0)
                    {
                        (addresses.TryGetValue(id, out var l) ? l : addresses[id] = []).Add((text, ListFiles.Clean(f[4])));
                    }
                }
            }

            var entries = new List<ListEntry>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (line, f) in RawCsv.Read(main, 12, cancellationToken: cancellationToken))
            {
                var id = Number(main, line, f[0]);
                if (!seen.Add(id))
                {
                    throw new ListFormatException(main, $"line {line}", $"ent_num {id} appears twice");
                }

                var name = ListFiles.Clean(f[1]) ?? throw new ListFormatException(main, $"line {line}", $"ent_num {id}: the name is empty");
                var type = ListFiles.Clean(f[2])?.ToLowerInvariant() switch
                {
                    "individual" => ListEntryType.Person,
                    "vessel" => ListEntryType.Vessel,
                    "aircraft" => ListEntryType.Aircraft,
                    _ => ListEntryType.Organisation,
                };
                var names = new List<ListName> { ListName.Of(name, primary: true) };
                names.AddRange((aliases.GetValueOrDefault(id) ?? []).Select(a => ListName.Of(a, primary: false)));
                var remarks = string.Join(" ", new[] { ListFiles.Clean(f[11]), remarksOverflow.GetValueOrDefault(id) }.OfType<string>());
                var birthDates = new List<string>();
                var identifiers = new List<EntryIdentifier>();
                var countries = new List<string>();
                OfacRemarks.Read(remarks, birthDates, identifiers, countries, names);
                if (ListFiles.Clean(f[5]) is { } callSign)
                {
                    identifiers.Add(new EntryIdentifier("call-sign", callSign));
                }

                if (ListFiles.Clean(f[9]) is { } flag && CountryNames.ToCode(flag) is { } flagCode)
                {
                    countries.Add(flagCode);
                }

                var entryAddresses = addresses.GetValueOrDefault(id) ?? [];
                countries.AddRange(entryAddresses.Select(a => CountryNames.ToCode(a.Country)).OfType<string>());
                var programmes = (ListFiles.Clean(f[3]) ?? "").Split(']', '[', ';').Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
                entries.Add(new ListEntry(
                    Source, id, type, names, programmes, identifiers.Distinct().ToArray(), countries.Distinct().ToArray(),
                    entryAddresses.Select(a => a.Text).ToArray(), birthDates.Distinct().ToArray(), remarks.Length == 0 ? null : remarks));
            }

            var files = new[] { main, alt, add, comments }.Where(File.Exists).ToArray();
            return Result<ParsedList>.Success(new ParsedList(Source, entries, null, ListFiles.Hash(files), files));
        }
        catch (ListFormatException ex)
        {
            return Result<ParsedList>.Failure(ex.Message);
        }
    }

    private static string Number(string file, int line, string text)
    {
        var t = text.Trim();
        return t.Length > 0 && t.All(char.IsAsciiDigit) ? t : throw new ListFormatException(file, $"line {line}", $"ent_num '{t}' is not a number");
    }
}
