using Corridor.Compliance;
using Corridor.Compliance.Lists;

namespace Corridor.Tests.Compliance;

/// <summary>All shared lists parsed once and indexed, for the tests that screen against them.</summary>
public sealed class ListFixture
{
    public ListFixture()
    {
        if (SanctionsData.Root is null)
        {
            Index = ScreeningIndex.Build([]);
            return;
        }

        var entries = new List<ListEntry>();
        foreach (var (source, path) in AllSources())
        {
            var parsed = SanctionsListParsers.For(source)!.Parse(path);
            Assert.True(parsed.Succeeded, string.Join("; ", parsed.Errors));
            entries.AddRange(parsed.Value.Entries);
        }

        Index = ScreeningIndex.Build(entries);
    }

    public ScreeningIndex Index { get; }

    public static IEnumerable<(string Source, string Path)> AllSources() =>
    [
        (ListSource.OfacSdn, SanctionsData.Path("ofac-sdn-2021")),
        (ListSource.OfacConsolidated, SanctionsData.Path("ofac-consolidated")),
        (ListSource.Un, SanctionsData.Path("un/consolidated.xml")),
        (ListSource.OpenSanctions, SanctionsData.Path("opensanctions/zala_entities.ftm.json")),
        (ListSource.OpenSanctions, SanctionsData.Path("opensanctions/eu_fsf_sample_entities.ftm.json")),
        (ListSource.BisDpl, SanctionsData.Path("bis/dpl.txt")),
        (ListSource.Uk, SanctionsData.Path("uk")),
    ];
}
