using System.Globalization;
using Corridor.Catalog;

namespace Corridor.MarketAccess;

/// <summary>
/// Answers "may this model be sold in this market on this day, and if not, why?" from requirement kinds,
/// market rules and certificates held in memory. Immutable once built and safe to share between threads;
/// build a new one (or use <see cref="WithRules"/>) when the data changes. No I/O.
/// </summary>
/// <remarks>
/// A requirement (rule with effect Require) applies on a day when the day is in its half-open period and the
/// model is in its scope. Relaxations of the same market and kind that are in force and cover the model suspend
/// it or lower its emission class. A requirement is met by a certificate for the model and market, of a kind the
/// requirement kind names, in force on the day (issued on or before, expiring after), with status valid on the
/// day, and — for emission kinds — attesting at least the required class. Overlapping requirements are all applied.
/// </remarks>
public sealed partial class EligibilityEngine
{
    /// <summary>Warnings are given for certificates that expire within this many days after the day asked about, unless told otherwise.</summary>
    public const int DefaultWarningDays = 90;

    private static readonly CompiledRule[] NoRules = [];
    private static readonly CompiledCertificate[] NoCertificates = [];

    private readonly IReadOnlyList<RequirementKind> _kindList;
    private readonly IReadOnlyList<MarketRule> _ruleList;
    private readonly IReadOnlyList<Certificate> _certificateList;
    private readonly Dictionary<string, CompiledRule[]> _rulesByMarket;
    private readonly Dictionary<(Guid Model, string Market), CompiledCertificate[]> _certificates;

    private EligibilityEngine(IReadOnlyList<RequirementKind> kinds, IReadOnlyList<MarketRule> rules, IReadOnlyList<Certificate> certificates)
    {
        _kindList = kinds;
        _ruleList = rules;
        _certificateList = certificates;
        var compiledKinds = kinds.ToDictionary(k => k.Code, k => new CompiledKind(k), StringComparer.OrdinalIgnoreCase);
        _rulesByMarket = rules
            .GroupBy(r => r.MarketIso2, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                g => g.Key,
                g => g.Select(r => new CompiledRule(r, compiledKinds.TryGetValue(r.KindCode, out var k)
                        ? k
                        : throw new ArgumentException($"rule {r.Code} has kind '{r.KindCode}', which is not among the requirement kinds.", nameof(rules))))
                    .OrderBy(r => r.From).ThenBy(r => r.Rule.Code, StringComparer.Ordinal).ToArray(),
                StringComparer.OrdinalIgnoreCase);
        _certificates = certificates
            .GroupBy(c => (c.ModelId, c.MarketIso2.ToUpperInvariant()))
            .ToDictionary(g => g.Key, g => g.Select(c => new CompiledCertificate(c)).OrderBy(c => c.Issued).ToArray());
    }

    public IReadOnlyList<RequirementKind> Kinds => _kindList;

    public IReadOnlyList<MarketRule> Rules => _ruleList;

    public IReadOnlyList<Certificate> Certificates => _certificateList;

    /// <summary>The markets that have at least one rule.</summary>
    public IEnumerable<string> MarketsWithRules => _rulesByMarket.Keys;

    /// <exception cref="ArgumentException">A rule names a kind that is not in <paramref name="kinds"/>.</exception>
    public static EligibilityEngine Create(IEnumerable<RequirementKind> kinds, IEnumerable<MarketRule> rules, IEnumerable<Certificate> certificates) =>
        new(kinds.ToList(), rules.ToList(), certificates.ToList());

    /// <summary>A copy in which each of <paramref name="proposed"/> replaces the rule with the same code, or is added; rules named in <paramref name="removed"/> are left out.</summary>
    public EligibilityEngine WithRules(IEnumerable<MarketRule> proposed, IEnumerable<string>? removed = null)
    {
        var byCode = proposed.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);
        var drop = new HashSet<string>(removed ?? [], StringComparer.OrdinalIgnoreCase);
        var rules = _ruleList.Where(r => !byCode.ContainsKey(r.Code) && !drop.Contains(r.Code)).Concat(byCode.Values).ToList();
        return new EligibilityEngine(_kindList, rules, _certificateList);
    }

    /// <summary>Eligibility of <paramref name="model"/> in <paramref name="market"/> (ISO alpha-2) on <paramref name="date"/>.</summary>
    /// <param name="warningDays">Warn about certificates that expire within this many days after <paramref name="date"/>; negative for none.</param>
    public Eligibility Check(ModelProfile model, string market, DateOnly date, int warningDays = DefaultWarningDays)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rules = RulesOf(market);
        var certificates = CertificatesOf(model.Id, market);
        var outcomes = new List<Outcome>(rules.Length);
        Evaluate(model, rules, certificates, date, outcomes);
        return Materialise(model, market, date, rules, certificates, outcomes, warningDays);
    }

    private CompiledRule[] RulesOf(string market) =>
        _rulesByMarket.TryGetValue(market, out var r) ? r : NoRules;

    private CompiledCertificate[] CertificatesOf(Guid model, string market) =>
        _certificates.TryGetValue((model, market.ToUpperInvariant()), out var c) ? c : NoCertificates;

    /// <summary>The state of every requirement that applies on the day, without any text: cheap to compare.</summary>
    private static void Evaluate(ModelProfile model, CompiledRule[] rules, CompiledCertificate[] certificates, DateOnly date, List<Outcome> outcomes)
    {
        outcomes.Clear();
        for (var i = 0; i < rules.Length; i++)
        {
            var r = rules[i];
            if (r.Effect != RuleEffect.Require || !r.Applies(date) || !r.Covers(model))
            {
                continue;
            }

            var required = r.Class;
            var since = r.From;
            var relaxedBy = -1;
            var suspended = false;
            for (var j = 0; j < rules.Length; j++)
            {
                var x = rules[j];
                if (x.Effect == RuleEffect.Require || !ReferenceEquals(x.Kind, r.Kind) || !x.Covers(model))
                {
                    continue;
                }

                if (x.Applies(date))
                {
                    if (x.Effect == RuleEffect.Suspend)
                    {
                        suspended = true;
                        relaxedBy = j;
                    }
                    else if (x.Class < required)
                    {
                        required = x.Class;
                        relaxedBy = suspended ? relaxedBy : j;
                    }
                }
                else if (x.Until <= date && x.Until > since)
                {
                    since = x.Until;
                }
            }

            if (suspended)
            {
                outcomes.Add(new Outcome(i, OutcomeState.Suspended, -1, since, required, relaxedBy));
                continue;
            }

            outcomes.Add(EvaluateRequirement(i, r, required, since, relaxedBy, certificates, date));
        }
    }

    private static Outcome EvaluateRequirement(int ruleIndex, CompiledRule r, int required, DateOnly since, int relaxedBy, CompiledCertificate[] certificates, DateOnly date)
    {
        int met = -1, insufficient = -1, barred = -1, expired = -1, future = -1;
        var barredState = OutcomeState.Met;
        var needsClass = r.Kind.Evidence == RequirementEvidence.CertifiedEmissionClass;
        for (var c = 0; c < certificates.Length; c++)
        {
            var cert = certificates[c];
            if (!r.Kind.IsSatisfiedBy(cert.Kind))
            {
                continue;
            }

            if (cert.Issued > date)
            {
                future = future < 0 ? c : future;
                continue;
            }

            if (cert.Expires <= date)
            {
                if (expired < 0 || cert.Expires > certificates[expired].Expires)
                {
                    expired = c;
                }

                continue;
            }

            var status = cert.StatusOn(date);
            if (status != CertificateStatus.Valid)
            {
                barred = c;
                barredState = status == CertificateStatus.Revoked ? OutcomeState.Revoked : OutcomeState.CertificateSuspended;
                continue;
            }

            if (needsClass && cert.Class < required)
            {
                if (insufficient < 0 || cert.Class > certificates[insufficient].Class)
                {
                    insufficient = c;
                }

                continue;
            }

            if (met < 0 || cert.Expires > certificates[met].Expires)
            {
                met = c;
            }
        }

        return met >= 0 ? new Outcome(ruleIndex, OutcomeState.Met, met, since, required, relaxedBy)
            : insufficient >= 0 ? new Outcome(ruleIndex, OutcomeState.Insufficient, insufficient, since, required, relaxedBy)
            : barred >= 0 ? new Outcome(ruleIndex, barredState, barred, since, required, relaxedBy)
            : expired >= 0 ? new Outcome(ruleIndex, OutcomeState.Expired, expired, since, required, relaxedBy)
            : future >= 0 ? new Outcome(ruleIndex, OutcomeState.NotYetIssued, future, since, required, relaxedBy)
            : new Outcome(ruleIndex, OutcomeState.Missing, -1, since, required, relaxedBy);
    }

    private static Eligibility Materialise(
        ModelProfile model, string market, DateOnly date, CompiledRule[] rules, CompiledCertificate[] certificates, List<Outcome> outcomes, int warningDays)
    {
        var unmet = new List<UnmetRequirement>();
        var met = new List<MetRequirement>();
        var warnings = new List<AccessWarning>();
        List<(CompiledCertificate Certificate, string Rule)>? expiring = null;
        if (rules.Length == 0)
        {
            warnings.Add(new AccessWarning(null, null, null, null, $"no rules are recorded for market {market.ToUpperInvariant()}; the answer assumes none apply"));
        }

        foreach (var o in outcomes)
        {
            var r = rules[o.Rule];
            var cert = o.Certificate >= 0 ? certificates[o.Certificate] : null;
            if (o.State is OutcomeState.Met or OutcomeState.Suspended)
            {
                met.Add(MetOf(o, r, cert, rules));
                if (cert is { Expires: var exp } && exp != DateOnly.MaxValue && warningDays >= 0 && exp.DayNumber - date.DayNumber <= warningDays)
                {
                    (expiring ??= []).Add((cert, r.Rule.Code));
                }

                continue;
            }

            unmet.Add(UnmetOf(o, r, cert, rules, model, market, date));
        }

        foreach (var group in expiring?.GroupBy(e => e.Certificate) ?? [])
        {
            var cert = group.Key;
            var days = cert.Expires.DayNumber - date.DayNumber;
            var rulesMet = string.Join(", ", group.Select(g => g.Rule));
            warnings.Add(new AccessWarning(group.First().Rule, cert.Source.Number, cert.Expires, days,
                $"certificate {cert.Kind} {cert.Source.Number} expires on {Day(cert.Expires)}, {days} day(s) after {Day(date)}; {rulesMet} will be unmet from then unless it is renewed"));
        }

        return new Eligibility(model.Code, market.ToUpperInvariant(), date, unmet.Count == 0, unmet, met, warnings);
    }

    private static MetRequirement MetOf(Outcome o, CompiledRule r, CompiledCertificate? cert, CompiledRule[] rules)
    {
        var relax = o.RelaxedBy >= 0 ? rules[o.RelaxedBy].Rule : null;
        if (o.State == OutcomeState.Suspended)
        {
            return new MetRequirement(r.Rule.Code, r.Rule.Title, null, null, relax?.Code,
                $"{r.Rule.Title} ({r.Rule.Code}) is suspended by {relax?.Code} until {Day(relax?.ValidUntil)}");
        }

        var lowered = relax is not null ? $", lowered to {((EmissionClass)o.Required).ToText()} by {relax.Code}" : "";
        var expires = cert!.Expires == DateOnly.MaxValue ? "no expiry" : $"until {Day(cert.Expires)}";
        var klass = cert.Class >= 0 ? $", {((EmissionClass)cert.Class).ToText()}" : "";
        return new MetRequirement(r.Rule.Code, r.Rule.Title, cert.Source.Number, cert.Source.ExpiresOn, relax?.Code,
            $"{r.Rule.Title} ({r.Rule.Code}{lowered}) met by {cert.Kind} {cert.Source.Number}{klass}, {expires}");
    }

    private static UnmetRequirement UnmetOf(Outcome o, CompiledRule r, CompiledCertificate? cert, CompiledRule[] rules, ModelProfile model, string market, DateOnly date)
    {
        EmissionClass? required = r.Kind.Evidence == RequirementEvidence.CertifiedEmissionClass ? (EmissionClass)o.Required : null;
        var lowered = o.RelaxedBy >= 0 && required is { } low ? $", lowered to {low.ToText()} by {rules[o.RelaxedBy].Rule.Code}" : "";
        var head = $"{r.Rule.Title} ({r.Rule.Code}, in force since {Day(o.Since)}{lowered})";
        var need = required is { } q ? $"{q.ToText()} " : "";
        var kinds = string.Join(" or ", r.Kind.CertificateKinds);
        var number = cert?.Source.Number;
        var (problem, day, detail) = o.State switch
        {
            OutcomeState.Missing => (UnmetProblem.CertificateMissing, (DateOnly?)null,
                $"no {need}{kinds} certificate for {model.Code} in {market.ToUpperInvariant()}"),
            OutcomeState.Expired => (UnmetProblem.CertificateExpired, cert!.Source.ExpiresOn,
                $"{cert.Kind} certificate {number} expired on {Day(cert.Source.ExpiresOn)}"),
            OutcomeState.NotYetIssued => (UnmetProblem.CertificateMissing, cert!.Source.IssuedOn,
                $"no {need}{kinds} certificate for {model.Code} in {market.ToUpperInvariant()} yet; {cert.Kind} {number} is issued on {Day(cert.Source.IssuedOn)}"),
            OutcomeState.Revoked => (UnmetProblem.CertificateRevoked, cert!.StatusSince(date),
                $"{cert.Kind} certificate {number} is revoked"),
            OutcomeState.CertificateSuspended => (UnmetProblem.CertificateSuspended, cert!.StatusSince(date),
                $"{cert.Kind} certificate {number} is suspended"),
            _ => (UnmetProblem.EmissionClassInsufficient, (DateOnly?)null,
                cert!.Class >= 0
                    ? $"{cert.Kind} certificate {number} attests {((EmissionClass)cert.Class).ToText()}, below the required {required?.ToText()}"
                    : $"{cert.Kind} certificate {number} attests no emission class; {required?.ToText()} is required"),
        };
        return new UnmetRequirement(r.Rule.Code, r.Rule.Title, r.Kind.Code, o.Since, problem, cert?.Kind, number, day,
            required, cert is { Class: >= 0 } && o.State != OutcomeState.NotYetIssued ? (EmissionClass)cert.Class : null, $"{head}: {detail}");
    }

    private static string Day(DateOnly? day) => day is { } d && d != DateOnly.MaxValue ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "further notice";
}
