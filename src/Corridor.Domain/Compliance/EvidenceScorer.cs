namespace Corridor.Compliance;

/// <summary>
/// Weighs the fields other than the name: an exact agreement on a strong identifier (IMO, INN, OGRN…) makes a match
/// whatever the name; a different value of the same strong identifier, a different type (person vs organisation) or a
/// different year of birth lowers the score; an agreeing country or date of birth raises it a little, but only a name that
/// matches on its own (at or over <see cref="NameComparer.DefaultThreshold"/>): a birth year shared by chance does not
/// make a name match that the name evidence limited (matcher 2.3). A year of birth more than a year from every listed
/// date lowers the score by <see cref="BirthYearConflict"/>: an exact name with another person's year still alerts, at
/// the threshold, and a near name does not.
/// </summary>
public static class EvidenceScorer
{
    public const double IdentifierMatchScore = 0.98;

    /// <summary>What a year of birth that no listed date is near takes off the score (matcher 2.3; 0.2 before).</summary>
    public const double BirthYearConflict = 0.35;

    public static (double Score, IReadOnlyList<FieldEvidence> Evidence) Apply(double nameScore, ScreeningQuery query, ListEntry entry)
    {
        var evidence = new List<FieldEvidence>();
        var score = nameScore;
        var idMatched = false;
        var support = nameScore >= NameComparer.DefaultThreshold ? 1.0 : 0.0;

        if (query.Identifiers is { Count: > 0 } ids && entry.Identifiers.Count > 0)
        {
            foreach (var id in ids)
            {
                var same = entry.Identifiers.FirstOrDefault(e => e.Value == id.Value && (e.Type == id.Type || e.Type == IdentifierTypes.Other || id.Type == IdentifierTypes.Other));
                if (same is not null && id.Value.Length >= 5)
                {
                    idMatched = true;
                    var effect = Math.Max(0, IdentifierMatchScore - score);
                    evidence.Add(new FieldEvidence(id.Type, true, $"{id.Value} is on the entry", effect));
                    score = Math.Max(score, IdentifierMatchScore);
                }
                else if (id.IsStrong && entry.Identifiers.Any(e => e.Type == id.Type) && entry.Identifiers.Where(e => e.Type == id.Type).All(e => e.Value != id.Value))
                {
                    evidence.Add(new FieldEvidence(id.Type, false, $"{id.Value} vs {string.Join(", ", entry.Identifiers.Where(e => e.Type == id.Type).Select(e => e.Value))}", -0.15));
                    score -= 0.15;
                }
            }
        }

        if (query.Type != ListEntryType.Unknown && entry.Type != ListEntryType.Unknown && !idMatched)
        {
            if (query.Type != entry.Type)
            {
                evidence.Add(new FieldEvidence("type", false, $"{query.Type} vs {entry.Type}", -0.15));
                score -= 0.15;
            }
        }

        if (query.Country is { Length: > 0 } country && entry.Countries.Count > 0)
        {
            if (entry.Countries.Any(c => string.Equals(c, country, StringComparison.OrdinalIgnoreCase)))
            {
                evidence.Add(new FieldEvidence("country", true, country.ToUpperInvariant(), 0.03 * support));
                score += 0.03 * support;
            }
            else
            {
                evidence.Add(new FieldEvidence("country", false, $"{country.ToUpperInvariant()} vs {string.Join(", ", entry.Countries)}", -0.05));
                score -= 0.05;
            }
        }

        if (query.BirthDate is { Length: >= 4 } dob && entry.BirthDates.Count > 0)
        {
            var year = dob[..4];
            if (entry.BirthDates.Any(d => d.StartsWith(dob, StringComparison.Ordinal) || dob.StartsWith(d, StringComparison.Ordinal)))
            {
                evidence.Add(new FieldEvidence("date of birth", true, dob, 0.05 * support));
                score += 0.05 * support;
            }
            else if (entry.BirthDates.Any(d => d.Length >= 4 && Math.Abs(Year(d) - Year(year)) <= 1))
            {
                evidence.Add(new FieldEvidence("date of birth", true, $"{dob} near {string.Join(", ", entry.BirthDates)}", 0.0));
            }
            else
            {
                evidence.Add(new FieldEvidence("date of birth", false, $"{dob} vs {string.Join(", ", entry.BirthDates)}", -BirthYearConflict));
                score -= BirthYearConflict;
            }
        }

        return (Math.Round(Math.Clamp(score, 0, 1), 4), evidence);
    }

    private static int Year(string date) => int.TryParse(date.AsSpan(0, 4), out var y) ? y : 0;
}
