using System.Globalization;

namespace Corridor.MarketAccess;

public sealed partial class EligibilityEngine
{
    /// <summary>
    /// The intervals of <c>[from, until)</c> (<paramref name="until"/> null = open-ended) in which the answer for the
    /// model and market stays the same. Boundaries are every day a rule of the market starts or ends and every day a
    /// certificate of the model for the market is issued, expires or changes status; each interval is evaluated once
    /// and neighbours with identical reasons are merged.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="until"/> is not after <paramref name="from"/>.</exception>
    public IReadOnlyList<TimelineInterval> Timeline(ModelProfile model, string market, DateOnly from, DateOnly? until = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        var end = until ?? DateOnly.MaxValue;
        if (end <= from)
        {
            throw new ArgumentException("The window must end after it starts.", nameof(until));
        }

        var rules = RulesOf(market);
        var certificates = CertificatesOf(model.Id, market);
        var days = Boundaries(rules, certificates, from, end);

        var result = new List<TimelineInterval>();
        var current = new List<Outcome>(rules.Length);
        var next = new List<Outcome>(rules.Length);
        var start = from;
        Evaluate(model, rules, certificates, from, current);
        for (var i = 1; i < days.Count; i++)
        {
            Evaluate(model, rules, certificates, days[i], next);
            if (SameState(current, next))
            {
                continue;
            }

            result.Add(Interval(model, market, rules, certificates, start, days[i], current));
            (current, next) = (next, current);
            start = days[i];
        }

        result.Add(Interval(model, market, rules, certificates, start, until, current));
        return result;
    }

    private static List<DateOnly> Boundaries(CompiledRule[] rules, CompiledCertificate[] certificates, DateOnly from, DateOnly end)
    {
        var days = new List<DateOnly>(rules.Length * 2 + certificates.Length * 3 + 1) { from };
        void Add(DateOnly d)
        {
            if (d > from && d < end)
            {
                days.Add(d);
            }
        }

        foreach (var r in rules)
        {
            Add(r.From);
            Add(r.Until);
        }

        foreach (var c in certificates)
        {
            Add(c.Issued);
            Add(c.Expires);
            foreach (var d in c.StatusDays)
            {
                Add(d);
            }
        }

        days.Sort();
        var w = 1;
        for (var i = 1; i < days.Count; i++)
        {
            if (days[i] != days[w - 1])
            {
                days[w++] = days[i];
            }
        }

        days.RemoveRange(w, days.Count - w);
        return days;
    }

    private static bool SameState(List<Outcome> a, List<Outcome> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    private static TimelineInterval Interval(
        ModelProfile model, string market, CompiledRule[] rules, CompiledCertificate[] certificates, DateOnly from, DateOnly? until, List<Outcome> outcomes)
    {
        var e = Materialise(model, market, from, rules, certificates, outcomes, warningDays: -1);
        string reason;
        if (!e.Eligible)
        {
            reason = string.Join("; ", e.Reasons.Select(r => r.Message));
        }
        else if (e.Met.Count == 0)
        {
            reason = rules.Length == 0
                ? $"no rules are recorded for market {market.ToUpperInvariant()}"
                : $"no requirement of {market.ToUpperInvariant()} applies to {model.Code} ({model.Category}, {model.Condition.ToString().ToLowerInvariant()}, {model.Origin.ToString().ToLowerInvariant()})";
        }
        else
        {
            reason = string.Join("; ", e.Met.Select(m => m.Message));
        }

        return new TimelineInterval(from, until, e.Eligible, reason, e.Reasons, ChangesOn(from, rules, certificates));
    }

    private static List<string> ChangesOn(DateOnly day, CompiledRule[] rules, CompiledCertificate[] certificates)
    {
        var changes = new List<string>();
        foreach (var r in rules)
        {
            var what = r.Effect == RuleEffect.Require ? "rule" : "relaxation";
            if (r.From == day)
            {
                changes.Add($"{what} {r.Rule.Code} ({r.Rule.Title}) takes effect");
            }

            if (r.Until == day)
            {
                changes.Add($"{what} {r.Rule.Code} ({r.Rule.Title}) ends");
            }
        }

        foreach (var c in certificates)
        {
            if (c.Issued == day)
            {
                changes.Add($"{c.Kind} certificate {c.Source.Number} issued");
            }

            if (c.Expires == day)
            {
                changes.Add($"{c.Kind} certificate {c.Source.Number} expires");
            }

            for (var i = 1; i < c.StatusDays.Count; i++)
            {
                if (c.StatusDays[i] == day)
                {
                    changes.Add(string.Create(CultureInfo.InvariantCulture, $"{c.Kind} certificate {c.Source.Number} becomes {c.StatusText(i)}"));
                }
            }
        }

        return changes;
    }
}
