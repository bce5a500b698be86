namespace Corridor.Compliance;

/// <summary>What a user gives to create or change a counterparty. <see cref="Identifiers"/> as type:value strings (inn:7701234567).</summary>
public sealed record CounterpartyInput(string Name, IReadOnlyList<string>? OtherNames, string? Type, string? Country, string? BirthDate, IReadOnlyList<string>? Identifiers);
