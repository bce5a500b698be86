using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Corridor.Common;

namespace Corridor.Compliance.Lists;

/// <summary>
/// The UN Security Council consolidated list XML (CONSOLIDATED_LIST with INDIVIDUALS/INDIVIDUAL and ENTITIES/ENTITY),
/// read one record at a time with an <see cref="XmlReader"/>. The root's dateGenerated is the publication date.
/// </summary>
public sealed class UnXmlParser : ISanctionsListParser
{
    public string Source => ListSource.Un;

    public Result<ParsedList> Parse(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            return Result<ParsedList>.Failure($"{path}: file not found");
        }

        var entries = new List<ListEntry>();
        DateOnly? published = null;
        var record = 0;
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { IgnoreWhitespace = true, DtdProcessing = DtdProcessing.Prohibit });
            reader.MoveToContent();
            if (reader.GetAttribute("dateGenerated") is { } generated && DateTime.TryParse(generated, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var g))
            {
                published = DateOnly.FromDateTime(g);
            }

            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "INDIVIDUAL" or "ENTITY")
                {
                    record++;
                    var line = ((IXmlLineInfo)reader).LineNumber;
                    var element = (XElement)XNode.ReadFrom(reader);
                    entries.Add(Read(element, path, line));
                    cancellationToken.ThrowIfCancellationRequested();
                }
                else
                {
                    reader.Read();
                }
            }
        }
        catch (XmlException ex)
        {
            return Result<ParsedList>.Failure($"{Path.GetFileName(path)}:line {ex.LineNumber} (after record {record}): malformed or truncated XML: {ex.Message}");
        }
        catch (ListFormatException ex)
        {
            return Result<ParsedList>.Failure(ex.Message);
        }

        if (entries.Count == 0)
        {
            return Result<ParsedList>.Failure($"{Path.GetFileName(path)}: no INDIVIDUAL or ENTITY records; is this the UN consolidated list?");
        }

        return Result<ParsedList>.Success(new ParsedList(Source, entries, published, ListFiles.Hash([path]), [path]));
    }

    private ListEntry Read(XElement e, string path, int line)
    {
        var person = e.Name.LocalName == "INDIVIDUAL";
        var id = Text(e, "REFERENCE_NUMBER") ?? Text(e, "DATAID") ?? throw new ListFormatException(path, $"line {line}", "record without REFERENCE_NUMBER or DATAID");
        var primary = string.Join(' ', new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" }.Select(n => Text(e, n)).OfType<string>());
        if (primary.Length == 0)
        {
            throw new ListFormatException(path, $"line {line}", $"record {id} has no name");
        }

        var names = new List<ListName> { ListName.Of(primary, true) };
        if (Text(e, "NAME_ORIGINAL_SCRIPT") is { } original)
        {
            names.Add(ListName.Of(original, false));
        }

        foreach (var alias in e.Elements().Where(x => x.Name.LocalName is "INDIVIDUAL_ALIAS" or "ENTITY_ALIAS"))
        {
            if (Text(alias, "ALIAS_NAME") is { } a)
            {
                names.Add(ListName.Of(a, false));
            }
        }

        var countries = e.Elements("NATIONALITY").Elements("VALUE").Select(v => CountryNames.ToCode(v.Value)).OfType<string>().ToList();
        var addresses = new List<string>();
        foreach (var address in e.Elements().Where(x => x.Name.LocalName is "INDIVIDUAL_ADDRESS" or "ENTITY_ADDRESS"))
        {
            var parts = address.Elements().Where(x => x.Name.LocalName is "STREET" or "CITY" or "STATE_PROVINCE" or "COUNTRY").Select(x => x.Value.Trim()).Where(x => x.Length > 0).ToArray();
            if (parts.Length > 0)
            {
                addresses.Add(string.Join(", ", parts));
            }

            if (CountryNames.ToCode(Text(address, "COUNTRY")) is { } c)
            {
                countries.Add(c);
            }
        }

        var births = new List<string>();
        foreach (var dob in e.Elements("INDIVIDUAL_DATE_OF_BIRTH"))
        {
            if (Text(dob, "DATE") is { } date && DateOnly.TryParse(date.AsSpan(0, Math.Min(10, date.Length)), CultureInfo.InvariantCulture, out var d))
            {
                births.Add(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else if (Text(dob, "YEAR") is { } year)
            {
                births.Add(year);
            }
            else if (Text(dob, "FROM_YEAR") is { } from)
            {
                births.Add(from);
            }
        }

        var identifiers = new List<EntryIdentifier>();
        foreach (var doc in e.Elements("INDIVIDUAL_DOCUMENT"))
        {
            if (Text(doc, "NUMBER") is { } number)
            {
                var kind = Text(doc, "TYPE_OF_DOCUMENT") ?? "";
                var type = kind.Contains("Passport", StringComparison.OrdinalIgnoreCase) ? IdentifierTypes.Passport
                    : kind.Contains("National", StringComparison.OrdinalIgnoreCase) ? IdentifierTypes.NationalId
                    : IdentifierTypes.Other;
                identifiers.Add(new EntryIdentifier(type, number));
            }
        }

        var programmes = new[] { Text(e, "UN_LIST_TYPE") }.OfType<string>().ToArray();
        return new ListEntry(Source, id, person ? ListEntryType.Person : ListEntryType.Organisation, names, programmes, identifiers,
            countries.Distinct().ToArray(), addresses, births.Distinct().ToArray(), Text(e, "COMMENTS1"));
    }

    private static string? Text(XElement e, string name) => e.Element(name)?.Value.Trim() is { Length: > 0 } v ? v : null;
}
