using Corridor.MarketAccess;

namespace Corridor.Bench.MarketAccess;

/// <summary>
/// The peer the engine is measured against: the same rules answered the straightforward way, with LINQ over the
/// entity lists on every call (rules filtered by market, certificates by model and market, status read from the
/// history each time), as a handler written directly over loaded entities would. Answers only eligible/blocked
/// and the number of unmet requirements; the benchmark checks both agree.
/// </summary>
internal sealed class NaiveEligibility(IReadOnlyList<RequirementKind> kinds, IReadOnlyList<MarketRule> rules, IReadOnlyList<Certificate> certificates)
{
    private readonly Dictionary<Guid, List<Certificate>> _byModel = certificates.GroupBy(c => c.ModelId).ToDictionary(g => g.Key, g => g.ToList());

    public int Unmet(ModelProfile model, string market, DateOnly date)
    {
        var marketRules = rules.Where(r => r.MarketIso2 == market && r.Validity.Contains(date) && r.Scope.Covers(model.Category, model.Condition, model.Origin)).ToList();
        var modelCertificates = _byModel.TryGetValue(model.Id, out var list) ? list.Where(c => c.MarketIso2 == market).ToList() : [];
        var unmet = 0;
        foreach (var rule in marketRules.Where(r => r.Effect == RuleEffect.Require))
        {
            var relaxations = marketRules.Where(x => x.Effect != RuleEffect.Require && x.KindCode == rule.KindCode).ToList();
            if (relaxations.Any(x => x.Effect == RuleEffect.Suspend))
            {
                continue;
            }

            var required = relaxations.Where(x => x.Effect == RuleEffect.Lower).Select(x => x.MinEmissionClass).Append(rule.MinEmissionClass).Min();
            var kind = kinds.First(k => k.Code == rule.KindCode);
            var met = modelCertificates.Any(c => kind.SatisfiedBy.Contains(c.KindCode) && c.IsInForceOn(date)
                && (kind.Evidence != RequirementEvidence.CertifiedEmissionClass || c.CertifiedEmissionClass >= required));
            unmet += met ? 0 : 1;
        }

        return unmet;
    }

    /// <summary>Timeline by the same boundaries as the engine, each evaluated with <see cref="Unmet"/>; returns the number of eligibility flips.</summary>
    public int Flips(ModelProfile model, string market, DateOnly from, DateOnly until)
    {
        var days = rules.Where(r => r.MarketIso2 == market).SelectMany(r => new[] { r.ValidFrom, r.ValidUntil ?? DateOnly.MaxValue })
            .Concat((_byModel.TryGetValue(model.Id, out var list) ? list : []).Where(c => c.MarketIso2 == market)
                .SelectMany(c => c.History.Select(h => h.EffectiveOn).Append(c.IssuedOn).Append(c.ExpiresOn ?? DateOnly.MaxValue)))
            .Where(d => d > from && d < until).Append(from).Distinct().Order().ToList();
        var flips = 0;
        bool? previous = null;
        foreach (var day in days)
        {
            var eligible = Unmet(model, market, day) == 0;
            flips += previous is { } p && p != eligible ? 1 : 0;
            previous = eligible;
        }

        return flips;
    }
}
