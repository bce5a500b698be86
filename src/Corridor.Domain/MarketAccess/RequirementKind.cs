using Corridor.Common;

namespace Corridor.MarketAccess;

/// <summary>
/// A kind of market-access requirement (minimum emission class, type approval, emergency-call system, …),
/// shared reference data. Kinds are data: a new kind is a row naming the certificate kinds that satisfy it.
/// </summary>
public sealed class RequirementKind
{
    private RequirementKind()
    {
        Code = Name = SatisfiedByText = Source = "";
    }

    /// <param name="code">Natural key, e.g. <c>MIN-EMISSION-CLASS</c>.</param>
    /// <param name="satisfiedBy">Certificate kinds (e.g. <c>OTTS</c>) that can meet a requirement of this kind; at least one.</param>
    /// <exception cref="ArgumentException">A field is missing or malformed.</exception>
    public RequirementKind(string code, string name, RequirementEvidence evidence, IEnumerable<string> satisfiedBy, string source, string? assumption = null)
    {
        Code = Guard.Code(code, "code");
        Name = Guard.Text(name, "name");
        Evidence = Enum.IsDefined(evidence) ? evidence : throw new ArgumentException($"'{evidence}' is not an evidence.", "evidence");
        var kinds = satisfiedBy.Select(k => Guard.Code(k, "satisfied_by")).Distinct(StringComparer.Ordinal).ToList();
        if (kinds.Count == 0)
        {
            throw new ArgumentException("satisfied_by names no certificate kind.", "satisfied_by");
        }

        SatisfiedByText = string.Join(" ", kinds);
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public RequirementEvidence Evidence { get; private set; }

    /// <summary>The certificate kinds, space-separated as stored.</summary>
    public string SatisfiedByText { get; private set; }

    public IReadOnlyList<string> SatisfiedBy => SatisfiedByText.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    public bool UpdateFrom(RequirementKind o)
    {
        var changed = Name != o.Name || Evidence != o.Evidence || SatisfiedByText != o.SatisfiedByText || Source != o.Source || Assumption != o.Assumption;
        (Name, Evidence, SatisfiedByText, Source, Assumption) = (o.Name, o.Evidence, o.SatisfiedByText, o.Source, o.Assumption);
        return changed;
    }
}
