using Corridor.Compliance;
using Corridor.Compliance.Lists;

namespace Corridor.Bench.Compliance;

/// <summary>
/// The inputs of the screening benchmarks, deterministic (seeded): all shared lists, query names derived from listed
/// names (typos, dropped tokens, other scripts, case) with the entry each should find, names that should find nothing,
/// and a generated list of any size.
/// </summary>
public static class ScreeningWorkload
{
    public sealed record Query(string Name, string? ExpectedKey);

    public static string DataDirectory =>
        Environment.GetEnvironmentVariable("CORRIDOR_SANCTIONS_DATA") is { Length: > 0 } d ? d : FindData();

    public static List<ListEntry> AllSharedLists()
    {
        var d = DataDirectory;
        var entries = new List<ListEntry>();
        foreach (var (source, path) in new[]
        {
            (ListSource.OfacSdn, "ofac-sdn-2021"), (ListSource.OfacConsolidated, "ofac-consolidated"), (ListSource.Un, "un/consolidated.xml"),
            (ListSource.OpenSanctions, "opensanctions/zala_entities.ftm.json"), (ListSource.OpenSanctions, "opensanctions/eu_fsf_sample_entities.ftm.json"),
            (ListSource.BisDpl, "bis/dpl.txt"), (ListSource.Uk, "uk"),
        })
        {
            var parsed = SanctionsListParsers.For(source)!.Parse(Path.Combine(d, path));
            entries.AddRange(parsed.Succeeded ? parsed.Value.Entries : throw new InvalidOperationException(string.Join("; ", parsed.Errors)));
        }

        return entries;
    }

    /// <summary>Half variants of listed names (with the entry they should find), half names that are on no list.</summary>
    public static List<Query> Queries(IReadOnlyList<ListEntry> entries, int count, int seed = 42)
    {
        var random = new Random(seed);
        var queries = new List<Query>(count);
        while (queries.Count < count)
        {
            if (queries.Count % 2 == 0)
            {
                var entry = entries[random.Next(entries.Count)];
                var name = entry.Names[random.Next(entry.Names.Count)].Text;
                queries.Add(new Query(Mutate(name, random), entry.Key));
            }
            else
            {
                queries.Add(new Query(Invented(random, 2 + random.Next(2)), null));
            }
        }

        return queries;
    }

    /// <summary>A generated list: invented names of two to four parts, some with a legal form, persons and organisations.</summary>
    public static IEnumerable<ListEntry> Generated(int count, int seed = 7)
    {
        var random = new Random(seed);
        string[] forms = ["LLC", "OOO", "JSC", "Ltd", "Trading Co", "Industrial Group", "GmbH", ""];
        for (var i = 0; i < count; i++)
        {
            var person = random.Next(2) == 0;
            var name = Invented(random, 2 + random.Next(3)) + (person ? "" : " " + forms[random.Next(forms.Length)]);
            yield return new ListEntry("generated", i.ToString(System.Globalization.CultureInfo.InvariantCulture), person ? ListEntryType.Person : ListEntryType.Organisation,
                [ListName.Of(name.Trim(), true)], [], [], [], [], []);
        }
    }

    private static readonly string[] Syllables =
    [
        "ka", "ro", "mi", "sa", "te", "lo", "na", "vi", "do", "ra", "sh", "an", "el", "or", "in", "ba", "ze", "ku", "ha", "mo",
        "fa", "ri", "go", "pe", "ti", "yu", "za", "ne", "bo", "li", "kh", "ov", "ev", "ar", "us", "ja", "de", "so", "ma", "ni",
    ];

    private static string Invented(Random random, int parts) =>
        string.Join(' ', Enumerable.Range(0, parts).Select(_ =>
        {
            var word = string.Concat(Enumerable.Range(0, 2 + random.Next(3)).Select(_ => Syllables[random.Next(Syllables.Length)]));
            return char.ToUpperInvariant(word[0]) + word[1..];
        }));

    private static string Mutate(string name, Random random)
    {
        var chars = name.ToCharArray();
        switch (random.Next(5))
        {
            case 0 when chars.Length > 4:
                var i = 1 + random.Next(chars.Length - 3);
                (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
                return new string(chars);
            case 1 when chars.Length > 4:
                var d = 1 + random.Next(chars.Length - 2);
                return name.Remove(d, 1);
            case 2:
                var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return tokens.Length > 2 ? string.Join(' ', tokens.Where((_, k) => k != tokens.Length / 2)) : name;
            case 3:
                return name.ToLowerInvariant();
            default:
                return name;
        }
    }

    private static string FindData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "data", "sanctions");
            if (File.Exists(Path.Combine(candidate, "SOURCES.md")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new DirectoryNotFoundException("../shared/data/sanctions not found; set CORRIDOR_SANCTIONS_DATA");
    }
}
