using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Corridor.Compliance.Quality;

/// <summary>
/// The labelled set of names that are on no list (tests/Corridor.Tests/Compliance/Data/negative_names.csv): people's
/// names of several regions in their own script and in Latin, and car makers, parts makers, ports, railways and banks.
/// Each row is in the tuning part or the held-out part by a fixed rule on its key (<see cref="PartOf"/>); the held-out
/// part is never used to choose a rule or a constant. Screened against an index, a row with any hit at the threshold is a
/// false alert — unless the row's name is, token for token (a listed patronymic, particle or legal form may be extra), a listed name (a homonym: a real alert that a reviewer must
/// clear, counted apart).
/// </summary>
public static class NegativeSet
{
    public const string Tuning = "tuning";
    public const string Holdout = "holdout";

    /// <summary>The part of a set that is held out as a whole (negative_names_heldout2.csv): never tuned on, measured at milestones only.</summary>
    public const string Clean = "clean";

    public sealed record Row(string Key, string Name, string Script, ListEntryType Type, string? BirthYear, string Region, string Part);

    /// <param name="Hit">The best hit at the threshold, or null.</param>
    /// <param name="Homonym">The hit's listed name is the row's name, or the row's Latin form (its key: امیر رحیمی is Amir Rahimi), token for
    /// token (a listed patronymic, particle or legal form may be extra).</param>
    public sealed record Outcome(Row Row, ScreeningHit? Hit, bool Homonym)
    {
        public bool FalseAlert => Hit is not null && !Homonym;
    }

    /// <summary>Per part and script: rows, false alerts, homonyms.</summary>
    public sealed record Rate(string Part, string Script, int Rows, int FalseAlerts, int Homonyms)
    {
        public double Value => Rows - Homonyms <= 0 ? 0 : (double)FalseAlerts / (Rows - Homonyms);
    }

    /// <summary>The part of a row: held out when the first byte of SHA-256 of its UTF-8 key is odd.</summary>
    public static string PartOf(string key) => (SHA256.HashData(Encoding.UTF8.GetBytes(key))[0] & 1) == 1 ? Holdout : Tuning;

    public static IReadOnlyList<Row> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null });
        var rows = new List<Row>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var key = csv.GetField("key") ?? "";
            var part = csv.GetField("part") ?? "";
            if (part != Clean && part != PartOf(key))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}:line {csv.Parser.RawRow}: part '{part}' of '{key}' does not follow the split rule ({PartOf(key)}) and is not '{Clean}'");
            }

            rows.Add(new Row(key, csv.GetField("name") ?? "", csv.GetField("script") ?? "", Enum.TryParse<ListEntryType>(csv.GetField("type"), out var t) ? t : ListEntryType.Unknown,
                csv.GetField("birth_year") is { Length: 4 } y ? y : null, csv.GetField("region") ?? "", part));
        }

        return rows;
    }

    /// <summary>Screens every row, by name only or with its type and birth year.</summary>
    public static IReadOnlyList<Outcome> Screen(ScreeningIndex index, IEnumerable<Row> rows, bool withFields, double threshold = NameComparer.DefaultThreshold) =>
        rows.AsParallel().AsOrdered().Select(r =>
        {
            var query = withFields ? new ScreeningQuery([r.Name], r.Type, BirthDate: r.Type == ListEntryType.Person ? r.BirthYear : null) : new ScreeningQuery([r.Name]);
            var hit = index.Search(query, threshold, 1).FirstOrDefault();
            return new Outcome(r, hit, hit is not null && (IsHomonym(hit.BestName) || (r.Key != r.Name && IsHomonym(hit.BestName with { Query = NameNormaliser.Normalise(r.Key) }))));
        }).ToArray();

    /// <summary>The false-alert rate per part and script, and over all scripts (script "all").</summary>
    public static IReadOnlyList<Rate> Rates(IEnumerable<Outcome> outcomes)
    {
        var list = outcomes.ToArray();
        return list.GroupBy(o => (o.Row.Part, Script: "all"))
            .Concat(list.GroupBy(o => (o.Row.Part, o.Row.Script)))
            .Select(g => new Rate(g.Key.Part, g.Key.Script, g.Count(), g.Count(o => o.FalseAlert), g.Count(o => o.Homonym)))
            .OrderBy(r => r.Part, StringComparer.Ordinal).ThenBy(r => r.Script == "all" ? "" : r.Script, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The listed name is the row's name: the same content tokens, the list's extra ones only a patronymic, particle or legal form.</summary>
    private static bool IsHomonym(NameComparison c) =>
        Content(c.Query).SequenceEqual(Content(c.Candidate), StringComparer.Ordinal)
        && c.Query.Tokens.All(q => c.Candidate.Tokens.Any(t => t.Text == q.Text));

    private static IEnumerable<string> Content(NormalisedName n) =>
        n.Tokens.Where(t => t.Kind is NameTokenKind.Content or NameTokenKind.Number).Select(t => t.Text).Order(StringComparer.Ordinal);
}
