namespace Corridor.Intelligence;

/// <summary>Facts with the same subject, metric and period and different values, to be read side by side with their quotes.</summary>
public sealed record FactConflict(string Subject, string Metric, DateOnly? From, DateOnly? Until, IReadOnlyList<FactView> Facts);
