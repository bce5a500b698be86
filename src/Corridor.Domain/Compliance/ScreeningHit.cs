namespace Corridor.Compliance;

/// <summary>
/// A list entry found for a query: the final score in [0, 1], the name score before other fields were weighed, the entry
/// name that matched best with its token-by-token explanation, and the field evidence.
/// </summary>
public sealed record ScreeningHit(ListEntry Entry, double Score, double NameScore, NameComparison BestName, IReadOnlyList<FieldEvidence> Evidence)
{
    /// <summary>A one-paragraph explanation for reviewers and auditors.</summary>
    public string Explain() =>
        $"'{BestName.Query.Original}'{ReadAs(BestName.Query)} ~ '{BestName.Candidate.Original}'{ReadAs(BestName.Candidate)} name {NameScore:0.000}: "
        + string.Join("; ", BestName.Tokens)
        + (Evidence.Count > 0 ? " | " + string.Join("; ", Evidence) : "");

    private static string ReadAs(NormalisedName name) => name.Reading is { } reading ? $" (read in {reading}: {name.Form})" : "";
}
