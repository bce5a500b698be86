using Corridor.Logistics;

namespace Corridor.Documents;

/// <summary>Whether a rule applies to carriage that stays in one country, crosses a border, or either.</summary>
public enum LegScope
{
    Any,
    Domestic,
    International,
}

/// <summary>
/// One row of the route-leg → transport document mapping (<c>data/reference/document-rules.csv</c>): legs of
/// <see cref="Mode"/> within <see cref="Scope"/> travel under <see cref="Document"/> (null: no transport document of
/// Corridor's, e.g. a domestic truck leg). <see cref="CombineConsecutive"/> puts a run of consecutive legs of the mode
/// under one contract of carriage (one note). <see cref="RailFerry"/> marks a mode whose leg, between two rail legs
/// with no transshipment at either end (the wagons roll on and off), rides on the surrounding rail note.
/// </summary>
public sealed record LegDocumentRule(TransportMode Mode, LegScope Scope, DocumentType? Document, bool CombineConsecutive, bool RailFerry, string Source);
