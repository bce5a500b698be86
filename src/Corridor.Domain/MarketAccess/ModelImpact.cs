namespace Corridor.MarketAccess;

/// <summary>A period <c>[From, Until)</c> in which a rule change turns the answer for a model and market around.</summary>
/// <param name="Lost">True when the model was eligible before the change and is blocked after it; false when it gains eligibility.</param>
/// <param name="Reason">Why it is blocked after the change (when lost) or what now lets it in (when gained).</param>
/// <param name="Certificates">Numbers of the certificates the blocking reasons name (no longer sufficient, expired, …); empty when gained.</param>
public sealed record EligibilityChange(DateOnly From, DateOnly? Until, bool Lost, string Reason, IReadOnlyList<string> Certificates);

/// <summary>How a rule change alters one model's access to one market.</summary>
public sealed record ModelImpact(ModelProfile Model, string Market, IReadOnlyList<EligibilityChange> Changes)
{
    public bool LosesAny => Changes.Any(c => c.Lost);

    public bool GainsAny => Changes.Any(c => !c.Lost);
}
