using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Corridor.Compliance.Quality;

/// <summary>
/// Runs the matcher over the labelled pairs of the nomenklatura name benchmark (name_bench_cases.csv) at one fixed
/// threshold, and reads OpenSanctions logic-v2's own run of the same benchmark (name_bench_logicv2_scores.csv) as the
/// peer. Also checks the cross-script pairs (cross_script_pairs.csv) against their minimum scores.
/// </summary>
public static class NameBenchmark
{
    public sealed record Case(string Group, string Schema, string Name1, string Name2, bool IsMatch, string Quality, string Category);

    public sealed record ScoredCase(Case Case, NameComparison Comparison)
    {
        public double Score => Comparison.Score;
    }

    public sealed record PeerCase(string Group, string Schema, string Name1, string Name2, bool IsMatch, double Score, bool Predicted);

    /// <param name="Reading">How the query was read when not as transliterated ("Japanese: yama da ta ro"), else empty.</param>
    public sealed record CrossScriptPair(string Query, string Expected, double Minimum, string Description, double Score, string Reading)
    {
        public bool Passes => Score >= Minimum;
    }

    public static IReadOnlyList<Case> ReadCases(string path)
    {
        using var csv = Open(path);
        var cases = new List<Case>();
        foreach (var r in csv.GetRecords<dynamic>())
        {
            var row = (IDictionary<string, object>)r;
            cases.Add(new Case(S(row, "case_group"), S(row, "schema"), S(row, "name1"), S(row, "name2"), S(row, "is_match") == "true",
                S(row, "quality") is { Length: > 0 } q ? q : "MEDIUM", S(row, "category")));
        }

        return cases;
    }

    public static IReadOnlyList<PeerCase> ReadPeer(string path)
    {
        using var csv = Open(path);
        var cases = new List<PeerCase>();
        foreach (var r in csv.GetRecords<dynamic>())
        {
            var row = (IDictionary<string, object>)r;
            cases.Add(new PeerCase(S(row, "case_group"), S(row, "schema"), S(row, "name1"), S(row, "name2"), S(row, "is_match") == "true",
                double.Parse(S(row, "score"), CultureInfo.InvariantCulture), S(row, "predicted_match") == "true"));
        }

        return cases;
    }

    public static IReadOnlyList<ScoredCase> Score(IEnumerable<Case> cases) =>
        cases.Select(c => new ScoredCase(c, NameComparer.Compare(NameNormaliser.Normalise(c.Name1, KindOf(c.Schema)), NameNormaliser.Normalise(c.Name2, KindOf(c.Schema)))))
            .ToArray();

    public static BinaryMetrics Metrics(IEnumerable<ScoredCase> scored, double threshold) =>
        BinaryMetrics.Of(scored.Select(s => (s.Case.IsMatch, s.Score >= threshold)));

    public static IReadOnlyList<CrossScriptPair> CrossScript(string path)
    {
        var pairs = new List<CrossScriptPair>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split(',');
            if (f.Length < 3 || !double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var minimum))
            {
                continue;
            }

            var comparison = NameComparer.Compare(NameNormaliser.Normalise(f[0], NameKind.Person), NameNormaliser.Normalise(f[1], NameKind.Person));
            var reading = comparison.Query.Reading is { } language ? $"{language}: {comparison.Query.Form}" : "";
            pairs.Add(new CrossScriptPair(f[0], f[1], minimum, f.Length > 3 ? f[3] : "", comparison.Score, reading));
        }

        return pairs;
    }

    /// <summary>The benchmark's schema as the matcher's name kind.</summary>
    public static NameKind KindOf(string schema) => schema switch
    {
        "Person" => NameKind.Person,
        "Vessel" => NameKind.Vessel,
        "Airplane" => NameKind.Aircraft,
        _ => NameKind.Organisation,
    };

    private static string S(IDictionary<string, object> row, string key) => row.TryGetValue(key, out var v) ? v?.ToString() ?? "" : "";

    private static CsvReader Open(string path)
    {
        var reader = new StreamReader(path);
        return new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null });
    }
}
