using Corridor.Compliance;

namespace Corridor.Tests.Compliance;

public class ScreeningIndexTests
{
    private static readonly ListEntry Tanker = new("test", "1", ListEntryType.Vessel, [ListName.Of("SEA BREEZE", true)], ["IRAN"],
        [new EntryIdentifier(IdentifierTypes.Imo, "IMO 9187629")], ["IR"], [], []);

    private static readonly ListEntry Person = new("test", "2", ListEntryType.Person, [ListName.Of("Ivanov, Pyotr", true), ListName.Of("Иванов Пётр", false)], ["RUSSIA"],
        [new EntryIdentifier(IdentifierTypes.Inn, "771234567890")], ["RU"], [], ["1961-04-12"]);

    private static readonly ListEntry Company = new("test", "3", ListEntryType.Organisation, [ListName.Of("Sepah Trading Company LLC", true)], [], [], ["IR"], [], []);

    private readonly ScreeningIndex _index = ScreeningIndex.Build([Tanker, Person, Company]);

    [Fact]
    public void Search_ExactImo_FindsVesselWhateverTheName()
    {
        var hit = Assert.Single(_index.Search(new ScreeningQuery(["Ocean Star"], ListEntryType.Vessel, Identifiers: [new EntryIdentifier("imo", "9187629")])));

        Assert.Equal("1", hit.Entry.EntryId);
        Assert.True(hit.Score >= EvidenceScorer.IdentifierMatchScore);
        Assert.Contains(hit.Evidence, e => e.Field == "imo" && e.Agrees);
    }

    [Fact]
    public void Search_CyrillicQueryWithAgreeingBirthDate_ExplainsNameAndDate()
    {
        var hit = Assert.Single(_index.Search(new ScreeningQuery(["Пётр Иванов"], ListEntryType.Person, "RU", "1961-04-12")));

        Assert.Equal("2", hit.Entry.EntryId);
        Assert.Contains(hit.Evidence, e => e.Field == "date of birth" && e.Agrees);
        Assert.Contains(hit.Evidence, e => e.Field == "country" && e.Agrees);
        Assert.Contains("ivanov", hit.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_ConflictingBirthYearAndType_LowerTheScore()
    {
        var plain = _index.Search(ScreeningQuery.ForName("Pyotr Ivanov"), 0, 5).Single(h => h.Entry.EntryId == "2");
        var conflicting = _index.Search(new ScreeningQuery(["Pyotr Ivanov"], ListEntryType.Organisation, BirthDate: "1990"), 0, 5).Single(h => h.Entry.EntryId == "2");

        Assert.True(conflicting.Score < plain.Score - 0.3);
        Assert.Contains(conflicting.Evidence, e => e.Field == "type" && !e.Agrees);
        Assert.Contains(conflicting.Evidence, e => e.Field == "date of birth" && !e.Agrees);
    }

    [Fact]
    public void Search_GenericWordsOnly_DoNotMatch()
    {
        Assert.Empty(_index.Search(ScreeningQuery.ForName("Mellat Trading Company LLC")));
    }
}
