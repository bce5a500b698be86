namespace Corridor.MarketAccess;

/// <summary>
/// Compares two engines (the rules as they are, and as a proposal would make them) model by model over a window
/// and reports the periods in which a model loses or gains eligibility. Pure; the data layer adds the items
/// (certificates, orders, shipments) that fall in those periods.
/// </summary>
public static class RuleImpactAnalyzer
{
    /// <summary>Impacts for every model in every market of <paramref name="markets"/> whose timeline differs, in model order.</summary>
    public static IReadOnlyList<ModelImpact> Compare(
        EligibilityEngine before, EligibilityEngine after, IEnumerable<ModelProfile> models, IEnumerable<string> markets, DateOnly from, DateOnly? until)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var result = new List<ModelImpact>();
        var marketList = markets.Select(m => m.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        foreach (var model in models)
        {
            foreach (var market in marketList)
            {
                var changes = Diff(before.Timeline(model, market, from, until), after.Timeline(model, market, from, until));
                if (changes.Count > 0)
                {
                    result.Add(new ModelImpact(model, market, changes));
                }
            }
        }

        return result;
    }

    /// <summary>The periods in which two timelines of the same window disagree on eligibility, neighbours merged.</summary>
    public static IReadOnlyList<EligibilityChange> Diff(IReadOnlyList<TimelineInterval> before, IReadOnlyList<TimelineInterval> after)
    {
        var changes = new List<EligibilityChange>();
        int i = 0, j = 0;
        while (i < before.Count && j < after.Count)
        {
            var a = before[i];
            var b = after[j];
            var start = a.From > b.From ? a.From : b.From;
            var end = Min(a.Until, b.Until);
            if (a.Eligible != b.Eligible)
            {
                var lost = a.Eligible;
                var reason = b.Reason;
                if (changes.Count > 0 && changes[^1].Lost == lost && changes[^1].Until == start && changes[^1].Reason == reason)
                {
                    changes[^1] = changes[^1] with { Until = end };
                }
                else
                {
                    var certificates = lost
                        ? b.Reasons.Where(r => r.CertificateNumber is not null && r.Problem != UnmetProblem.CertificateMissing).Select(r => r.CertificateNumber!).Distinct(StringComparer.Ordinal).ToList()
                        : [];
                    changes.Add(new EligibilityChange(start, end, lost, reason, certificates));
                }
            }

            if (end is null)
            {
                break;
            }

            if (a.Until == end)
            {
                i++;
            }

            if (b.Until == end)
            {
                j++;
            }
        }

        return changes;
    }

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a.Value < b.Value ? a : b;
}
