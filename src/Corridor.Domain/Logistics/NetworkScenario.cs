using Corridor.Common;

namespace Corridor.Logistics;

/// <summary>
/// Applies a scenario's changes to a baseline <see cref="NetworkDefinition"/>, giving a new definition. The baseline
/// and its objects are never modified: changed nodes, links and borders are copies.
/// </summary>
public static class NetworkScenario
{
    public static Result<NetworkDefinition> Apply(NetworkDefinition baseline, IReadOnlyList<ScenarioChange> changes)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var nodes = baseline.Nodes.ToDictionary(n => n.Code, StringComparer.OrdinalIgnoreCase);
        var links = baseline.Links.ToDictionary(l => l.Key, StringComparer.OrdinalIgnoreCase);
        var borders = baseline.Borders.ToDictionary(b => b.NodeCode, StringComparer.OrdinalIgnoreCase);
        var closures = baseline.ExtraClosures.ToDictionary(kv => kv.Key, kv => kv.Value.ToList(), StringComparer.OrdinalIgnoreCase);
        var errors = new List<string>();
        for (var i = 0; i < changes.Count; i++)
        {
            var c = changes[i];
            var at = $"change {i + 1} ({c.Kind})";
            try
            {
                switch (c.Kind)
                {
                    case ScenarioChangeKind.LinkCapacity:
                    {
                        var link = Find(links, c, at, errors);
                        if (link is not null)
                        {
                            links[link.Key] = Copy(link, capV: c.CapacityVehiclesPerWeek ?? link.CapacityVehiclesPerWeek, capT: c.CapacityTonnesPerWeek ?? link.CapacityTonnesPerWeek);
                        }

                        break;
                    }

                    case ScenarioChangeKind.BorderDelay:
                    {
                        if (c.Node is null || !borders.TryGetValue(c.Node, out var b))
                        {
                            errors.Add($"{at}: no border crossing at node '{c.Node}'");
                            break;
                        }

                        borders[b.NodeCode] = new BorderCrossing(b.NodeCode, CountryCode.Parse(b.FromCountry), CountryCode.Parse(b.ToCountry),
                            c.MedianDelayHours ?? b.MedianDelayHours, c.P90DelayHours ?? b.P90DelayHours, b.Source, "scenario: " + (b.Assumption ?? ""));
                        break;
                    }

                    case ScenarioChangeKind.LinkClosed:
                    {
                        var link = Find(links, c, at, errors);
                        if (link is null)
                        {
                            break;
                        }

                        if (c.ClosedFrom is not { } f || c.ClosedUntil is not { } u || u <= f)
                        {
                            errors.Add($"{at}: closed_from and closed_until (later) are required");
                            break;
                        }

                        if (!closures.TryGetValue(link.Key, out var list))
                        {
                            closures[link.Key] = list = [];
                        }

                        list.Add((new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), new DateTimeOffset(u.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
                        break;
                    }

                    case ScenarioChangeKind.NewLink:
                    {
                        if (c.From is null || c.To is null || c.Mode is null || !nodes.ContainsKey(c.From) || !nodes.ContainsKey(c.To))
                        {
                            errors.Add($"{at}: from and to must be known nodes and mode is required");
                            break;
                        }

                        var link = new Link(c.From, c.To, c.Mode.Value, c.GaugeMm, c.DistanceKm ?? 0, c.TransitHours ?? 0, c.CostPerVehicleUsd ?? 0, c.CostPerTonneUsd ?? 0,
                            c.CapacityVehiclesPerWeek, c.CapacityTonnesPerWeek, true, c.Branch ?? CorridorBranch.Domestic, null, "scenario", "added by a what-if scenario");
                        links[link.Key] = link;
                        break;
                    }

                    case ScenarioChangeKind.NodeFacilities:
                    {
                        if (c.Node is null || !nodes.TryGetValue(c.Node, out var n))
                        {
                            errors.Add($"{at}: unknown node '{c.Node}'");
                            break;
                        }

                        if (!LogisticsCodes.TryParseGauges(c.Gauges ?? n.Gauges.ToText(), out var gauges, out var badG) || !LogisticsCodes.TryParseTransshipments(c.Transshipments ?? n.Transshipments.ToText(), out var tr, out var badT))
                        {
                            errors.Add($"{at}: bad gauges or transshipments");
                            break;
                        }

                        nodes[n.Code] = new Node(n.Code, n.Name, CountryCode.Parse(n.Country), n.Kind, n.Latitude, n.Longitude, gauges, n.HandlingHours, tr, n.Source, n.Assumption);
                        break;
                    }
                }
            }
            catch (ArgumentException ex)
            {
                errors.Add($"{at}: {ex.Message.Split(" (Parameter")[0]}");
            }
        }

        if (errors.Count > 0)
        {
            return Result<NetworkDefinition>.Failure(errors);
        }

        // Keep the baseline order of nodes (graph indices) and append new links at the end.
        var nodeList = baseline.Nodes.Select(n => nodes[n.Code]).ToList();
        var linkList = baseline.Links.Select(l => links[l.Key]).Concat(links.Values.Where(l => !baseline.Links.Any(b => b.Key == l.Key))).ToList();
        var result = new NetworkDefinition(nodeList, linkList, borders.Values.ToList(), baseline.Departures, baseline.EmissionFactors)
        {
            ExtraClosures = closures.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<(DateTimeOffset, DateTimeOffset)>)kv.Value, StringComparer.OrdinalIgnoreCase),
        };
        return Result<NetworkDefinition>.Success(result);
    }

    private static Link? Find(Dictionary<string, Link> links, ScenarioChange c, string at, List<string> errors)
    {
        if (c.From is null || c.To is null || c.Mode is null)
        {
            errors.Add($"{at}: from, to and mode name the link");
            return null;
        }

        if (links.TryGetValue(Link.KeyOf(c.From, c.To, c.Mode.Value), out var l) || links.TryGetValue(Link.KeyOf(c.To, c.From, c.Mode.Value), out l))
        {
            return l;
        }

        errors.Add($"{at}: no {c.Mode.Value.ToText()} link {c.From} -> {c.To}");
        return null;
    }

    private static Link Copy(Link l, int? capV, decimal? capT) =>
        new(l.FromCode, l.ToCode, l.Mode, l.GaugeMm, l.DistanceKm, l.TransitHours, l.CostPerVehicleUsd, l.CostPerTonneUsd, capV, capT, l.Bidirectional, l.Branch,
            l.Closure, l.Source, "scenario: " + (l.Assumption ?? ""));
}
