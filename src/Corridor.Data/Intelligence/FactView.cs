namespace Corridor.Intelligence;

/// <summary>A reviewed fact with every source it has (one fact, several articles).</summary>
public sealed record FactView(ReviewedFact Fact, IReadOnlyList<FactSource> Sources);
