using Corridor.Compliance;
using Corridor.Compliance.Lists;

namespace Corridor.Tests.Compliance;

public sealed class ListParserTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("corridor-lists-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SanctionsDataFact]
    public void Parse_OfacSdn_ReadsAllEntriesTypesAliasesAndIdentifiers()
    {
        var list = OfacCsvParser.Sdn().Parse(SanctionsData.Path("ofac-sdn-2021")).Value;

        Assert.Equal(8976, list.Entries.Count);
        Assert.Equal(4620, list.Entries.Count(e => e.Type == ListEntryType.Person));
        Assert.Equal(406, list.Entries.Count(e => e.Type == ListEntryType.Vessel));
        Assert.Equal(277, list.Entries.Count(e => e.Type == ListEntryType.Aircraft));
        var cubaBank = list.Entries.Single(e => e.EntryId == "306");
        Assert.Contains(cubaBank.Names, n => n.Text == "NATIONAL BANK OF CUBA" && !n.Primary);
        Assert.Contains("CH", cubaBank.Countries);
        Assert.Contains(list.Entries, e => e.Identifiers.Any(i => i.Type == IdentifierTypes.Imo));
        Assert.Equal(64, list.ContentHash.Length);
    }

    [SanctionsDataFact]
    public void Parse_EachSharedFormat_GivesPublishedCounts()
    {
        Assert.Equal(442, OfacCsvParser.Consolidated().Parse(SanctionsData.Path("ofac-consolidated")).Value.Entries.Count);
        var un = new UnXmlParser().Parse(SanctionsData.Path("un/consolidated.xml")).Value;
        Assert.Equal(730, un.Entries.Count(e => e.Type == ListEntryType.Person));
        Assert.Equal(273, un.Entries.Count(e => e.Type == ListEntryType.Organisation));
        Assert.Equal(new DateOnly(2026, 2, 27), un.PublishedOn);
        Assert.Equal(581, new BisDplParser().Parse(SanctionsData.Path("bis/dpl.txt")).Value.Entries.Count);
        var uk = new UkCsvParser().Parse(SanctionsData.Path("uk")).Value;
        Assert.Equal(6046, uk.Entries.Count);
        Assert.Equal(632, uk.Entries.Count(e => e.Type == ListEntryType.Vessel));
        var ftm = new FtmJsonParser().Parse(SanctionsData.Path("opensanctions/zala_entities.ftm.json")).Value;
        Assert.Contains(ftm.Entries, e => e.Identifiers.Any(i => i.Type == IdentifierTypes.Inn));
        Assert.Contains(ftm.Entries, e => e.Names.Any(n => n.Script == "Cyrillic"));
    }

    [SanctionsDataFact]
    public void Parse_TruncatedOfacFile_FailsNamingFileAndLine()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_temp, "sdn")).FullName;
        var text = File.ReadAllText(SanctionsData.Path("ofac-sdn-2021/sdn.csv"));
        File.WriteAllText(Path.Combine(dir, "sdn.csv"), text[..(text.Length / 2)]);

        var result = OfacCsvParser.Sdn().Parse(dir);

        Assert.False(result.Succeeded);
        Assert.Matches(@"^sdn\.csv:line \d+: ", result.Errors[0]);
    }

    [SanctionsDataFact]
    public void Parse_TruncatedUnXml_FailsNamingLine()
    {
        var path = Path.Combine(_temp, "consolidated.xml");
        var text = File.ReadAllText(SanctionsData.Path("un/consolidated.xml"));
        File.WriteAllText(path, text[..(text.Length / 3)]);

        var result = new UnXmlParser().Parse(path);

        Assert.False(result.Succeeded);
        Assert.StartsWith("consolidated.xml:line ", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MalformedJsonLine_FailsNamingLine()
    {
        var path = Path.Combine(_temp, "entities.ftm.json");
        File.WriteAllLines(path,
        [
            """{"id": "a", "schema": "Company", "properties": {"name": ["Alpha LLC"]}}""",
            """{"id": "b", "schema": "Company", "properties": {"name": ["Beta""",
        ]);

        var result = new FtmJsonParser().Parse(path);

        Assert.False(result.Succeeded);
        Assert.StartsWith("entities.ftm.json:line 2: malformed JSON", result.Errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UkSubjectOfUnknownType_FailsNamingRecord()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_temp, "uk")).FullName;
        File.WriteAllText(Path.Combine(dir, "subjects.csv"), "unique_id,subject_type,un_reference_number,ofsi_group_id,date_designated,last_updated\nRUS0001,planet,,1,01/01/2022,01/01/2022\n");
        File.WriteAllText(Path.Combine(dir, "subject_names.csv"), "name_id,unique_id,name_type,alias_strength,full_name,name_6,name_1,name_2,name_3,name_4,name_5\n1,RUS0001,primary,,Mars Holdings,,,,,,\n");

        var result = new UkCsvParser().Parse(dir);

        Assert.False(result.Succeeded);
        Assert.Equal("subjects.csv:line 2: subject_type 'planet' is not individual, entity or ship", result.Errors[0]);
    }
}
