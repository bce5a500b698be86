namespace Corridor.MarketAccess;

public sealed partial class EligibilityEngine
{
    private enum OutcomeState : byte
    {
        Met,
        Suspended,
        Missing,
        Expired,
        NotYetIssued,
        Revoked,
        CertificateSuspended,
        Insufficient,
    }

    /// <summary>The state of one applicable requirement on a day; indexes into the market's rules and the model's certificates.</summary>
    private readonly record struct Outcome(int Rule, OutcomeState State, int Certificate, DateOnly Since, int Required, int RelaxedBy)
    {
        public bool IsMet => State is OutcomeState.Met or OutcomeState.Suspended;
    }

    private sealed class CompiledKind(RequirementKind kind)
    {
        public string Code { get; } = kind.Code;

        public RequirementEvidence Evidence { get; } = kind.Evidence;

        public string[] CertificateKinds { get; } = [.. kind.SatisfiedBy];

        public bool IsSatisfiedBy(string certificateKind)
        {
            foreach (var k in CertificateKinds)
            {
                if (string.Equals(k, certificateKind, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private sealed class CompiledRule(MarketRule rule, CompiledKind kind)
    {
        public MarketRule Rule { get; } = rule;

        public CompiledKind Kind { get; } = kind;

        public RuleEffect Effect { get; } = rule.Effect;

        /// <summary>The emission class as a number; -1 when the rule has none.</summary>
        public int Class { get; } = rule.MinEmissionClass is { } c ? (int)c : -1;

        public DateOnly From { get; } = rule.ValidFrom;

        /// <summary>First day no longer in force; <see cref="DateOnly.MaxValue"/> when open-ended.</summary>
        public DateOnly Until { get; } = rule.ValidUntil ?? DateOnly.MaxValue;

        private readonly int _mask = rule.CategoryMask;
        private readonly VehicleCondition? _condition = rule.Condition;
        private readonly SupplyOrigin? _origin = rule.Origin;

        public bool Applies(DateOnly day) => day >= From && day < Until;

        public bool Covers(ModelProfile model) =>
            (_mask == 0 || (_mask & (1 << (int)model.Category)) != 0)
            && (_condition is null || _condition == model.Condition)
            && (_origin is null || _origin == model.Origin);
    }

    private sealed class CompiledCertificate
    {
        private readonly DateOnly[] _statusDays;
        private readonly CertificateStatus[] _statuses;

        public CompiledCertificate(Certificate c)
        {
            Source = c;
            Kind = c.KindCode;
            Issued = c.IssuedOn;
            Expires = c.ExpiresOn ?? DateOnly.MaxValue;
            Class = c.CertifiedEmissionClass is { } k ? (int)k : -1;
            var history = c.History.OrderBy(h => h.EffectiveOn).ThenBy(h => h.RecordedAt).ToArray();
            _statusDays = history.Select(h => h.EffectiveOn).ToArray();
            _statuses = history.Select(h => h.Status).ToArray();
        }

        public Certificate Source { get; }

        public string Kind { get; }

        public DateOnly Issued { get; }

        public DateOnly Expires { get; }

        public int Class { get; }

        public IReadOnlyList<DateOnly> StatusDays => _statusDays;

        public CertificateStatus StatusOn(DateOnly day)
        {
            var status = CertificateStatus.Valid;
            for (var i = 0; i < _statusDays.Length && _statusDays[i] <= day; i++)
            {
                status = _statuses[i];
            }

            return status;
        }

        /// <summary>The day from which the status that holds on <paramref name="day"/> holds.</summary>
        public DateOnly? StatusSince(DateOnly day)
        {
            DateOnly? since = null;
            for (var i = 0; i < _statusDays.Length && _statusDays[i] <= day; i++)
            {
                if (i == 0 || _statuses[i] != _statuses[i - 1])
                {
                    since = _statusDays[i];
                }
            }

            return since;
        }

        public string StatusText(int index) => _statuses[index].ToString().ToLowerInvariant();
    }
}
