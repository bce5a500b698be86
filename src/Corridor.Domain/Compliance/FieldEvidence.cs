namespace Corridor.Compliance;

/// <summary>How a field other than the name bore on a result: agreed, conflicted, and the change it made to the score.</summary>
public sealed record FieldEvidence(string Field, bool Agrees, string Detail, double Effect)
{
    public override string ToString() => $"{Field} {(Agrees ? "agrees" : "conflicts")}: {Detail} ({Effect:+0.00;-0.00})";
}
