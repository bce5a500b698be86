namespace Corridor.Documents;

/// <summary>A transport document a route needs: its type, the legs (0-based indexes) it covers, from where to where, and why.</summary>
public sealed record PlannedTransportDocument(DocumentType Type, IReadOnlyList<int> Legs, string From, string To, string Reason);
