using Corridor.Logistics;

namespace Corridor.Documents;

/// <summary>
/// Which transport documents a route needs, by the data rules (<see cref="LegDocumentRule"/>): legs are grouped into
/// contracts of carriage (a run of consecutive legs of a mode whose rule combines them, with a rail ferry inside a
/// rail run), each run is domestic or international (it is international when it crosses a border anywhere), and the
/// rule of its mode and scope names the document. A run whose rule names no document needs none.
/// </summary>
public static class TransportDocumentPlanner
{
    /// <exception cref="ArgumentException">A leg's mode has no rule.</exception>
    public static IReadOnlyList<PlannedTransportDocument> Plan(IReadOnlyList<DocumentLeg> legs, IReadOnlyList<LegDocumentRule> rules)
    {
        var runs = new List<(TransportMode Mode, List<int> Legs, bool Ferry)>();
        for (var i = 0; i < legs.Count; i++)
        {
            var leg = legs[i];
            var last = runs.Count > 0 ? runs[^1] : default;
            if (runs.Count > 0 && IsRailFerry(legs, i, rules))
            {
                last.Legs.Add(i);
                runs[^1] = (last.Mode, last.Legs, true);
                continue;
            }

            if (runs.Count > 0 && last.Mode == leg.Mode && Combines(leg.Mode, rules))
            {
                last.Legs.Add(i);
                continue;
            }

            runs.Add((leg.Mode, [i], false));
        }

        var documents = new List<PlannedTransportDocument>();
        foreach (var (mode, indexes, ferry) in runs)
        {
            var first = legs[indexes[0]];
            var end = legs[indexes[^1]];
            var international = first.FromCountry != end.ToCountry || indexes.Any(i => legs[i].FromCountry != legs[i].ToCountry);
            var rule = RuleFor(mode, international, rules)
                ?? throw new ArgumentException($"no document rule for {mode.ToText()} legs ({(international ? "international" : "domestic")}).", nameof(rules));
            if (rule.Document is not { } type)
            {
                continue;
            }

            var reason = $"{(international ? "international" : "domestic")} {mode.ToText()} carriage {first.From} → {end.To}"
                + (indexes.Count > 1 ? $", {indexes.Count} consecutive legs under one contract of carriage" : "")
                + (ferry ? ", including a rail ferry (the wagons stay loaded)" : "");
            documents.Add(new PlannedTransportDocument(type, indexes, first.From, end.To, reason));
        }

        return documents;
    }

    private static bool Combines(TransportMode mode, IReadOnlyList<LegDocumentRule> rules) =>
        rules.Any(r => r.Mode == mode && r.CombineConsecutive);

    /// <summary>A leg whose mode is marked as a rail ferry, between rail legs, with no transshipment onto or off the vessel.</summary>
    private static bool IsRailFerry(IReadOnlyList<DocumentLeg> legs, int i, IReadOnlyList<LegDocumentRule> rules)
    {
        const Transshipments Handled = Transshipments.ShipRail | Transshipments.ShipTruck | Transshipments.RailTruck;
        return i > 0 && i < legs.Count - 1
            && legs[i].Mode != TransportMode.Rail
            && rules.Any(r => r.Mode == legs[i].Mode && r.RailFerry)
            && legs[i - 1].Mode == TransportMode.Rail && legs[i + 1].Mode == TransportMode.Rail
            && (legs[i].Transfer & Handled) == 0 && (legs[i + 1].Transfer & Handled) == 0;
    }

    private static LegDocumentRule? RuleFor(TransportMode mode, bool international, IReadOnlyList<LegDocumentRule> rules)
    {
        var scope = international ? LegScope.International : LegScope.Domestic;
        return rules.FirstOrDefault(r => r.Mode == mode && r.Scope == scope) ?? rules.FirstOrDefault(r => r.Mode == mode && r.Scope == LegScope.Any);
    }
}
