using Corridor.Compliance;

namespace Corridor.Tests.Compliance;

/// <summary>
/// Han names read in Korean and Japanese (NameReadings, from the embedded Unihan table). The Latin names the tests expect
/// are built from the table itself, so the tests check the method, not a restated reading.
/// </summary>
public class NameReadingsTests
{
    // enough other names that a key on one name is rare (on a two-name index every key is on a third of the names or more)
    private static readonly ListEntry[] Decoys = new[] { "Wang Jun", "Maria Keller", "Omar Haddad", "Ivan Sokolov", "Li Na" }
        .Select((n, i) => new ListEntry("test", "decoy" + i, ListEntryType.Person, [ListName.Of(n, true)], [], [], [], [], []))
        .ToArray();

    [Fact]
    public void Table_IsEmbedded_WithKoreanAndJapaneseReadings()
    {
        Assert.True(HanReadings.Count > 10_000, $"{HanReadings.Count} characters");
        Assert.True(HanReadings.TryGet("金".EnumerateRunes().Single().Value, out var entry));
        Assert.NotEmpty(entry.Korean);
        Assert.NotEmpty(entry.Kun);
        Assert.NotEmpty(entry.On);
    }

    [Fact]
    public void Search_HanNameReadInKorean_FindsItsLatinEntry_WhichMandarinAloneMisses()
    {
        // each character's last Korean reading (the table's Hangul, romanised by AnyAscii when the table is loaded)
        var han = "朴正熙";
        var latin = string.Join(' ', han.EnumerateRunes().Select(r => Capitalised(Korean(r).Korean[^1])));

        AssertFoundOnlyThroughReadings(han, latin, "Korean");
    }

    [Fact]
    public void Search_JapaneseNameInKanji_FindsItsLatinEntry_WhichMandarinAloneMisses()
    {
        // family name 田中 and given name 花子, each character in its first kun reading, the word parts written together
        var latin = Capitalised(Kun("田") + Kun("中")) + " " + Capitalised(Kun("花") + Kun("子"));

        AssertFoundOnlyThroughReadings("田中花子", latin, "Japanese");
    }

    [Fact]
    public void Compare_KanjiCompound_VoicesTheSecondKunReading_AndShortensLongVowels()
    {
        // rendaku: the second character's kun reading with its first consonant voiced (t → d); on reading "ou" spelt "o"
        var voiced = "d" + Kun("田")[1..];
        var on = HanReadings.TryGet("郎".EnumerateRunes().Single().Value, out var e) ? e.On[0].Replace("ou", "o", StringComparison.Ordinal) : "";
        var latin = Capitalised(Kun("山") + voiced) + " " + Capitalised(HanOn("太") + on);

        var c = NameComparer.Compare(NameNormaliser.Normalise("山田太郎", NameKind.Person), NameNormaliser.Normalise(latin, NameKind.Person));

        Assert.Equal("Japanese", c.Query.Reading);
        Assert.True(c.Score >= 0.95, $"{latin}: {c.Score}");
    }

    [Fact]
    public void Compare_TwoHanNames_ComparesThemAsTransliterated()
    {
        // readings only bridge Han and non-Han names; two Han names agree or differ character by character
        var c = NameComparer.Compare(NameNormaliser.Normalise("田中花子", NameKind.Person), NameNormaliser.Normalise("田中花子", NameKind.Person));

        Assert.Null(c.Query.Reading);
        Assert.Equal(1.0, c.Score);
    }

    private static void AssertFoundOnlyThroughReadings(string han, string latin, string language)
    {
        var entry = new ListEntry("test", "read", ListEntryType.Person, [ListName.Of(latin, true)], [], [], [], [], []);
        var index = ScreeningIndex.Build([.. Decoys, entry]);

        var hit = Assert.Single(index.Search(new ScreeningQuery([han], ListEntryType.Person)));
        Assert.Equal("read", hit.Entry.EntryId);
        Assert.Equal(language, hit.BestName.Query.Reading);
        Assert.Contains($"read in {language}", hit.Explain(), StringComparison.Ordinal);

        // the same list entry is found from the Latin side too (the Han name's keys include its readings)
        var reverse = ScreeningIndex.Build([.. Decoys, new ListEntry("test", "han", ListEntryType.Person, [ListName.Of(han, true)], [], [], [], [], [])]);
        Assert.Contains(reverse.Search(new ScreeningQuery([latin], ListEntryType.Person)), h => h.Entry.EntryId == "han");

        // without the readings, Mandarin alone does not reach the threshold
        var mandarin = NameNormaliser.Normalise(han, NameKind.Person) with { Readings = null };
        Assert.True(NameComparer.ScoreOf(mandarin, NameNormaliser.Normalise(latin, NameKind.Person)) < NameComparer.DefaultThreshold);
    }

    private static HanReadings.Entry Korean(System.Text.Rune r) =>
        HanReadings.TryGet(r.Value, out var e) && e.Korean.Length > 0 ? e : throw new InvalidOperationException($"no Korean reading for {r}");

    private static string Kun(string character) =>
        HanReadings.TryGet(character.EnumerateRunes().Single().Value, out var e) && e.Kun.Length > 0 ? e.Kun[0] : throw new InvalidOperationException($"no kun reading for {character}");

    private static string HanOn(string character) =>
        HanReadings.TryGet(character.EnumerateRunes().Single().Value, out var e) && e.On.Length > 0 ? e.On[0] : throw new InvalidOperationException($"no on reading for {character}");

    private static string Capitalised(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
