using System.Text.Json;
using Corridor.Common;

namespace Corridor.Compliance.Lists;

/// <summary>
/// OpenSanctions FollowTheMoney entities, one JSON object per line. Person, Company, Organization, LegalEntity, Vessel
/// and Airplane become entries; Sanction records add their programme to the entity they name. Other schemata
/// (Address, Ownership…) are read and skipped.
/// </summary>
public sealed class FtmJsonParser : ISanctionsListParser
{
    private static readonly string[] NameProperties = ["name", "alias", "previousName", "weakAlias", "abbreviation"];

    public string Source => ListSource.OpenSanctions;

    public Result<ParsedList> Parse(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            return Result<ParsedList>.Failure($"{path}: file not found");
        }

        var entries = new List<ListEntry>();
        var programmes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var line = 0;
        try
        {
            foreach (var text in File.ReadLines(path))
            {
                line++;
                cancellationToken.ThrowIfCancellationRequested();
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                using var doc = JsonDocument.Parse(text);
                var root = doc.RootElement;
                var id = root.TryGetProperty("id", out var idEl) ? idEl.GetString() : null;
                var schema = root.TryGetProperty("schema", out var s) ? s.GetString() : null;
                if (id is null || schema is null || !root.TryGetProperty("properties", out var props))
                {
                    throw new ListFormatException(path, $"line {line}", "entity without id, schema or properties");
                }

                if (schema == "Sanction")
                {
                    foreach (var target in Values(props, "entity"))
                    {
                        var programme = Values(props, "programId").Concat(Values(props, "program")).FirstOrDefault() ?? Values(props, "authority").FirstOrDefault();
                        if (programme is not null)
                        {
                            (programmes.TryGetValue(target, out var l) ? l : programmes[target] = []).Add(programme);
                        }
                    }

                    continue;
                }

                var type = schema switch
                {
                    "Person" => ListEntryType.Person,
                    "Company" or "Organization" or "LegalEntity" or "PublicBody" => ListEntryType.Organisation,
                    "Vessel" => ListEntryType.Vessel,
                    "Airplane" => ListEntryType.Aircraft,
                    _ => ListEntryType.Unknown,
                };
                if (type == ListEntryType.Unknown)
                {
                    continue;
                }

                var names = new List<ListName>();
                var first = true;
                foreach (var property in NameProperties)
                {
                    foreach (var n in Values(props, property))
                    {
                        names.Add(ListName.Of(n, first && property == "name"));
                        first = false;
                    }
                }

                if (names.Count == 0)
                {
                    throw new ListFormatException(path, $"line {line}", $"{schema} {id} has no name");
                }

                var identifiers = new List<EntryIdentifier>();
                foreach (var (property, kind) in new[]
                {
                    ("innCode", IdentifierTypes.Inn), ("ogrnCode", IdentifierTypes.Ogrn), ("imoNumber", IdentifierTypes.Imo),
                    ("passportNumber", IdentifierTypes.Passport), ("idNumber", IdentifierTypes.NationalId), ("taxNumber", IdentifierTypes.TaxId),
                    ("registrationNumber", IdentifierTypes.Registration), ("swiftBic", IdentifierTypes.Swift), ("mmsi", IdentifierTypes.Mmsi),
                })
                {
                    identifiers.AddRange(Values(props, property).Select(v => new EntryIdentifier(kind, v)));
                }

                var countries = new[] { "country", "nationality", "citizenship", "jurisdiction", "flag" }
                    .SelectMany(p => Values(props, p)).Select(c => c.ToUpperInvariant()).Distinct().ToArray();
                var births = Values(props, "birthDate").Select(d => d.Length > 10 ? d[..10] : d).Distinct().ToArray();
                entries.Add(new ListEntry(Source, id, type, names, [], identifiers.Distinct().ToArray(), countries,
                    Values(props, "address").ToArray(), births, Values(props, "notes").FirstOrDefault()));
            }
        }
        catch (JsonException ex)
        {
            return Result<ParsedList>.Failure($"{Path.GetFileName(path)}:line {line}: malformed JSON ({ex.Message.Split('.')[0]})");
        }
        catch (ListFormatException ex)
        {
            return Result<ParsedList>.Failure(ex.Message);
        }

        var withProgrammes = entries.Select(e => programmes.TryGetValue(e.EntryId, out var p) ? e with { Programmes = p.Distinct().ToArray() } : e).ToArray();
        return Result<ParsedList>.Success(new ParsedList(Source, withProgrammes, null, ListFiles.Hash([path]), [path]));
    }

    private static IEnumerable<string> Values(JsonElement props, string name)
    {
        if (props.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var v in array.EnumerateArray())
            {
                if (v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s)
                {
                    yield return s.Trim();
                }
            }
        }
    }
}
