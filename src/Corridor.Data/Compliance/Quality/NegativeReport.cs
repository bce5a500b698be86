using System.Globalization;
using System.Text;

namespace Corridor.Compliance.Quality;

/// <summary>
/// The held-out negatives section of docs/compliance-quality.md: false-alert rates per part and script, by name only and
/// with type and birth year, and the false alerts of the tuning part with the evidence that carried them (the held-out
/// part's alerts are counted, not listed, so that nobody tunes on them by reading the report).
/// </summary>
public static class NegativeReport
{
    public static void Append(StringBuilder sb, ScreeningIndex index, string fileName, IReadOnlyList<NegativeSet.Row> rows, double threshold)
    {
        var inv = CultureInfo.InvariantCulture;
        var namesOnly = NegativeSet.Screen(index, rows, withFields: false, threshold);
        var withFields = NegativeSet.Screen(index, rows, withFields: true, threshold);
        var a = NegativeSet.Rates(namesOnly).ToDictionary(r => (r.Part, r.Script));
        var b = NegativeSet.Rates(withFields).ToDictionary(r => (r.Part, r.Script));

        var clean = rows.All(r => r.Part == NegativeSet.Clean);
        sb.AppendLine().AppendLine(inv, $"## Negatives: names on no list (`{fileName}`), {(clean ? "held out as a whole" : "tuning and held-out parts")}").AppendLine();
        sb.Append(clean
            ? string.Create(inv, $"{rows.Count} names assembled by hand, all in part `clean`: the whole file is held out (never used to choose a rule, a word list or a constant; measured at milestones only, and its alerts are counted here, not listed). Screened against all shared lists ({index.EntryCount} entries, {index.NameCount} names) at {threshold:0.00}.")
            : string.Create(inv, $"{rows.Count} names assembled by hand ({rows.Count(r => r.Part == NegativeSet.Holdout)} in part `holdout`), screened against all shared lists ({index.EntryCount} entries, {index.NameCount} names) at {threshold:0.00}. A row is in part `holdout` when the first byte of SHA-256 of its key (the Latin form; both spellings of a party share it) is odd."));
        sb.AppendLine(" A hit whose listed name is the row's name, or its Latin form (the key), token for token (the list may add a patronymic, particle or legal form) is a homonym (a real alert), counted apart and left out of the rate.").AppendLine();
        sb.AppendLine("| part | script | rows | false alerts, names only | rate | false alerts, with type and birth year | rate | homonyms |").AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var key in a.Keys.OrderBy(k => k.Part == NegativeSet.Tuning ? 1 : 0).ThenBy(k => k.Script == "all" ? "" : k.Script, StringComparer.Ordinal))
        {
            var x = a[key];
            var y = b[key];
            var label = key.Script == "all" ? "**all**" : key.Script;
            sb.AppendLine(inv, $"| {key.Part} | {label} | {x.Rows} | {x.FalseAlerts} | {x.Value:0.0%} | {y.FalseAlerts} | {y.Value:0.0%} | {x.Homonyms} |");
        }

        if (clean)
        {
            return;
        }

        foreach (var (title, outcomes) in new[] { ("names only", namesOnly), ("with type and birth year", withFields) })
        {
            sb.AppendLine().AppendLine(inv, $"### False alerts of the tuning part, {title}, with the evidence that carried them").AppendLine();
            sb.AppendLine("| query | script | listed name (entry) | score | explanation |").AppendLine("|---|---|---|---:|---|");
            foreach (var o in outcomes.Where(o => o.Row.Part == NegativeSet.Tuning && o.FalseAlert).OrderByDescending(o => o.Hit!.Score))
            {
                sb.AppendLine(inv, $"| {QualityReport.Cell(o.Row.Name)} | {o.Row.Script} | {QualityReport.Cell(o.Hit!.BestName.Candidate.Original)} ({o.Hit.Entry.Key}) | {o.Hit.Score:0.000} | {QualityReport.Cell(o.Hit.Explain())} |");
            }
        }
    }
}
