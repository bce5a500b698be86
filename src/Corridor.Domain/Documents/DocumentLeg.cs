using Corridor.Logistics;

namespace Corridor.Documents;

/// <summary>A leg of a shipment's route as the document planner sees it: its ends, their countries, the mode and the transfer done at <see cref="From"/>.</summary>
public sealed record DocumentLeg(string From, string To, string FromCountry, string ToCountry, TransportMode Mode, Transshipments Transfer);
