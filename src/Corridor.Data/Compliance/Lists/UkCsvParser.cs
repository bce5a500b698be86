using Corridor.Common;

namespace Corridor.Compliance.Lists;

/// <summary>
/// The UK (FCDO) list in the four-table layout of the covyr/uk-sanctions-list repository: subjects.csv (unique_id,
/// subject_type, …), subject_names.csv (full name and aliases), subject_dobs.csv (year, month, day) and
/// subject_identifiers.csv (raw value and type: passport, national, business_registration_numbers, imo).
/// </summary>
public sealed class UkCsvParser : ISanctionsListParser
{
    public string Source => ListSource.Uk;

    public Result<ParsedList> Parse(string path, CancellationToken cancellationToken = default)
    {
        var subjects = Path.Combine(path, "subjects.csv");
        var namesFile = Path.Combine(path, "subject_names.csv");
        var dobsFile = Path.Combine(path, "subject_dobs.csv");
        var idsFile = Path.Combine(path, "subject_identifiers.csv");
        foreach (var required in new[] { subjects, namesFile })
        {
            if (!File.Exists(required))
            {
                return Result<ParsedList>.Failure($"{required}: file not found");
            }
        }

        try
        {
            var names = new Dictionary<string, List<ListName>>(StringComparer.Ordinal);
            foreach (var (_, f) in RawCsv.Read(namesFile, 11, header: true, cancellationToken: cancellationToken))
            {
                if (f[4].Trim() is { Length: > 0 } full)
                {
                    (names.TryGetValue(f[1], out var l) ? l : names[f[1]] = []).Add(ListName.Of(full, f[2] == "primary"));
                }
            }

            var dobs = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            if (File.Exists(dobsFile))
            {
                foreach (var (_, f) in RawCsv.Read(dobsFile, 7, header: true, cancellationToken: cancellationToken))
                {
                    if (ListFiles.Date(Int(f[2]), Int(f[3]), Int(f[4])) is { } d)
                    {
                        (dobs.TryGetValue(f[1], out var l) ? l : dobs[f[1]] = []).Add(d);
                    }
                }
            }

            var identifiers = new Dictionary<string, List<EntryIdentifier>>(StringComparer.Ordinal);
            if (File.Exists(idsFile))
            {
                foreach (var (_, f) in RawCsv.Read(idsFile, 6, header: true, cancellationToken: cancellationToken))
                {
                    var type = f[4].Trim() switch
                    {
                        "passport" => IdentifierTypes.Passport,
                        "national" => IdentifierTypes.NationalId,
                        "imo" => IdentifierTypes.Imo,
                        "business_registration_numbers" => IdentifierTypes.Registration,
                        _ => IdentifierTypes.Other,
                    };
                    if (f[3].Trim() is { Length: > 0 } value)
                    {
                        (identifiers.TryGetValue(f[1], out var l) ? l : identifiers[f[1]] = []).Add(new EntryIdentifier(type, value));
                    }
                }
            }

            var entries = new List<ListEntry>();
            foreach (var (line, f) in RawCsv.Read(subjects, 6, header: true, cancellationToken: cancellationToken))
            {
                var id = f[0].Trim();
                var subjectNames = names.GetValueOrDefault(id) ?? throw new ListFormatException(subjects, $"line {line}", $"subject {id} has no names in subject_names.csv");
                var type = f[1].Trim() switch
                {
                    "individual" => ListEntryType.Person,
                    "entity" => ListEntryType.Organisation,
                    "ship" => ListEntryType.Vessel,
                    var other => throw new ListFormatException(subjects, $"line {line}", $"subject_type '{other}' is not individual, entity or ship"),
                };
                var programme = new string(id.TakeWhile(char.IsAsciiLetter).ToArray());
                entries.Add(new ListEntry(Source, id, type, subjectNames, [programme], identifiers.GetValueOrDefault(id)?.Distinct().ToArray() ?? [], [], [],
                    dobs.GetValueOrDefault(id)?.Distinct().ToArray() ?? [], f[2].Trim() is { Length: > 0 } un ? $"UN reference {un}" : null));
            }

            var files = new[] { subjects, namesFile, dobsFile, idsFile }.Where(File.Exists).ToArray();
            return Result<ParsedList>.Success(new ParsedList(Source, entries, null, ListFiles.Hash(files), files));
        }
        catch (ListFormatException ex)
        {
            return Result<ParsedList>.Failure(ex.Message);
        }
    }

    private static int? Int(string s) => int.TryParse(s.Trim(), out var v) ? v : null;
}
