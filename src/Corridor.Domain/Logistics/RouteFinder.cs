using System.Globalization;
using Corridor.Common;

namespace Corridor.Logistics;

/// <summary>
/// Finds up to k ranked route options on a <see cref="NetworkGraph"/>: Yen's k-shortest loopless paths over the
/// time-dependent A* in <see cref="RouteSearch"/>. Each option is then replayed twice, with median and with
/// 90th-percentile border dwell, to give its legs, departures, ETAs, cost and CO₂. When there is no option the
/// request is searched again with one restriction lifted at a time to say why.
/// </summary>
public static partial class RouteFinder
{
    /// <summary>Answers <paramref name="request"/> on <paramref name="graph"/>. Safe to call from many threads on one graph.</summary>
    public static RouteAnswer Find(NetworkGraph graph, RouteRequest request)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(request);
        var reasons = new List<RouteRefusal>();
        if (!graph.TryGetNode(request.Origin, out var origin))
        {
            reasons.Add(new RouteRefusal(RouteRefusalKind.UnknownOrigin, $"unknown origin node '{request.Origin}'"));
        }

        if (!graph.TryGetNode(request.Destination, out var target))
        {
            reasons.Add(new RouteRefusal(RouteRefusalKind.UnknownDestination, $"unknown destination node '{request.Destination}'"));
        }

        if (request.MaxOptions is < 1 or > 20)
        {
            reasons.Add(new RouteRefusal(RouteRefusalKind.OptionCount, $"the number of options must be between 1 and 20 (was {request.MaxOptions})"));
        }

        if (request.Due is { } due && due < request.Ready)
        {
            reasons.Add(new RouteRefusal(RouteRefusalKind.DueBeforeReady, $"the due date {due:yyyy-MM-dd} is before the ready date {request.Ready:yyyy-MM-dd}"));
        }

        if (reasons.Count > 0)
        {
            return new RouteAnswer([], reasons);
        }

        if (origin == target)
        {
            return new RouteAnswer([], [new RouteRefusal(RouteRefusalKind.SameNode, "origin and destination are the same node")]);
        }

        using var search = new RouteSearch(graph, request, target, Relax.None);
        var paths = KShortest(graph, search, origin, request.MaxOptions);
        if (paths.Count == 0)
        {
            return new RouteAnswer([], Diagnose(graph, request, origin, target));
        }

        var options = new List<RouteOption>(paths.Count);
        foreach (var (edges, score) in paths.OrderBy(p => p.Score))
        {
            options.Add(Materialise(graph, search, request, origin, edges, score, options.Count + 1));
        }

        return new RouteAnswer(options, []);
    }

    private static List<(int[] Edges, double Score)> KShortest(NetworkGraph g, RouteSearch search, int origin, int k)
    {
        var accepted = new List<(int[] Edges, double Score, int Deviation)>();
        search.ClearBlocks();
        var first = search.Run(origin, search.Ready, 0, 0, 0);
        var steps = new List<Step>();
        if (first is null)
        {
            return [];
        }

        accepted.Add((first.ToArray(), ScoreOf(search, origin, first, steps)!.Value, 0));
        var candidates = new List<(int[] Edges, double Score, int Deviation)>();
        var seen = new HashSet<int[]>(EdgeSequenceComparer.Instance) { accepted[0].Edges };
        var prefix = new List<Step>();
        while (accepted.Count < k)
        {
            var (previous, _, deviation) = accepted[^1];
            Replay(search, origin, previous, previous.Length, false, prefix);

            // Lawler: spur nodes before the previous path's deviation were already searched with the same root.
            // From the target backwards: short spurs near the target are cheap and give a bound that prunes the long ones.
            for (var i = previous.Length - 1; i >= deviation; i--)
            {
                var spurNode = i == 0 ? origin : g.EdgeTo[previous[i - 1]];
                search.ClearBlocks();
                foreach (var (edges, _, _) in accepted)
                {
                    if (edges.Length > i && SamePrefix(edges, previous, i))
                    {
                        search.BlockEdge(edges[i]);
                    }
                }

                search.BlockNode(origin);
                for (var j = 0; j < i; j++)
                {
                    search.BlockNode(g.EdgeTo[previous[j]]);
                }

                var (t, c, cls, tr) = i == 0 ? (search.Ready, 0.0, 0, 0) : (prefix[i - 1].Arrive, prefix[i - 1].CostSoFar, (int)g.EdgeClass[previous[i - 1]], prefix[i - 1].TransfersSoFar);
                var spur = search.Run(spurNode, t, c, cls, tr, Bound(candidates, k - accepted.Count));
                if (spur is null)
                {
                    continue;
                }

                var total = new int[i + spur.Count];
                Array.Copy(previous, total, i);
                spur.CopyTo(total, i);
                if (seen.Add(total) && ScoreOf(search, origin, total, steps) is { } score)
                {
                    candidates.Add((total, score, i));
                }
            }

            if (candidates.Count == 0)
            {
                break;
            }

            var best = 0;
            for (var j = 1; j < candidates.Count; j++)
            {
                if (candidates[j].Score < candidates[best].Score)
                {
                    best = j;
                }
            }

            accepted.Add(candidates[best]);
            candidates.RemoveAt(best);
        }

        return accepted.Select(a => (a.Edges, a.Score)).ToList();
    }

    /// <summary>The score a new candidate must beat to matter: the <paramref name="needed"/>-th best candidate so far.</summary>
    private static double Bound(List<(int[] Edges, double Score, int Deviation)> candidates, int needed)
    {
        if (candidates.Count < needed)
        {
            return double.PositiveInfinity;
        }

        Span<double> best = stackalloc double[Math.Min(needed, 32)];
        best.Fill(double.PositiveInfinity);
        foreach (var c in candidates)
        {
            if (c.Score < best[^1])
            {
                var pos = best.Length - 1;
                while (pos > 0 && best[pos - 1] > c.Score)
                {
                    best[pos] = best[pos - 1];
                    pos--;
                }

                best[pos] = c.Score;
            }
        }

        return best[^1];
    }

    private static double? ScoreOf(RouteSearch search, int origin, IReadOnlyList<int> edges, List<Step> steps)
    {
        return Replay(search, origin, edges, edges.Count, false, steps) ? search.Score(steps[^1].CostSoFar, steps[^1].Arrive) : null;
    }

    private readonly record struct Step(int Edge, int Departure, double DepartAt, double Arrive, double CostSoFar, Transshipments Transfer, double Handling, int TransfersSoFar);

    /// <summary>Walks the first <paramref name="count"/> edges from the ready time; false if one cannot be used.</summary>
    private static bool Replay(RouteSearch search, int origin, IReadOnlyList<int> edges, int count, bool p90, List<Step> steps)
    {
        steps.Clear();
        double t = search.Ready, c = 0;
        int cls = 0, tr = 0;
        _ = origin;
        for (var i = 0; i < count; i++)
        {
            var e = edges[i];
            if (!search.Traverse(e, t, cls, tr, p90, out var arrive, out var dep, out var transfer, out var handling, out var departAt))
            {
                return false;
            }

            c += search.EdgeCost(e);
            tr += transfer == Transshipments.None ? 0 : 1;
            steps.Add(new Step(e, dep, departAt, arrive, c, transfer, handling, tr));
            t = arrive;
            cls = NetworkGraph.ClassOf(search.EdgeLinkOf(e));
        }

        return true;
    }

    private static RouteOption Materialise(NetworkGraph g, RouteSearch search, RouteRequest request, int origin, int[] edges, double score, int rank)
    {
        var steps = new List<Step>(edges.Length);
        Replay(search, origin, edges, edges.Length, false, steps);
        var p90Steps = new List<Step>(edges.Length);
        var p90 = Replay(search, origin, edges, edges.Length, true, p90Steps) ? p90Steps[^1].Arrive : double.PositiveInfinity;
        var usd = Currency.USD;
        var legs = new List<RouteLeg>(edges.Length);
        var total = Money.Zero(usd);
        decimal co2 = 0;
        var tonnage = request.Cargo.Tonnage;
        foreach (var s in steps)
        {
            var link = g.EdgeLink[s.Edge];
            var cost = new Money(request.Cargo.Quantity * (request.Cargo.IsVehicles ? link.CostPerVehicleUsd : link.CostPerTonneUsd), usd).Round();
            var kg = decimal.Round(tonnage * link.DistanceKm * (decimal)g.GramsPerTonneKm[(int)link.Mode] / 1000m, 1);
            total += cost;
            co2 += kg;
            var to = g.EdgeTo[s.Edge];
            Departure? dep = s.Departure >= 0 ? g.DepRecord[s.Departure] : null;
            legs.Add(new RouteLeg(
                g.NodeCodes[g.EdgeFrom[s.Edge]], g.NodeCodes[to], link.Mode, link.GaugeMm, link.Branch, link.DistanceKm,
                NetworkGraph.At(s.DepartAt), NetworkGraph.At(s.Arrive), cost, kg, LogisticsCodes.DocumentFor(link.Mode),
                s.Transfer, s.Handling, g.BorderP50[to], dep?.Id, dep?.ServiceCode, s.Departure >= 0 ? g.DepFree[s.Departure] : null, dep?.Unit));
        }

        var eta = steps[^1].Arrive;
        var late = request.Due is { } due && NetworkGraph.At(eta) >= new DateTimeOffset(due.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return new RouteOption(rank, legs, NetworkGraph.At(search.Ready), NetworkGraph.At(eta),
            double.IsPositiveInfinity(p90) ? NetworkGraph.At(eta) : NetworkGraph.At(Math.Max(p90, eta)), total, co2, steps[^1].TransfersSoFar, late, score);
    }

    private static IReadOnlyList<RouteRefusal> Diagnose(NetworkGraph g, RouteRequest request, int origin, int target)
    {
        bool Found(Relax r)
        {
            using var s = new RouteSearch(g, request, target, r);
            s.ClearBlocks();
            return s.Run(origin, s.Ready, 0, 0, 0) is not null;
        }

        var from = request.Origin.ToUpperInvariant();
        var to = request.Destination.ToUpperInvariant();
        const Relax everything = Relax.Due | Relax.Capacity | Relax.Closures | Relax.Schedule | Relax.Constraints;
        if (!Found(everything))
        {
            return [new RouteRefusal(RouteRefusalKind.NoPath, $"no link path connects {from} to {to} (or the transfers needed are not offered at the nodes between them)")];
        }

        if (!Found(everything & ~Relax.Constraints))
        {
            return [new RouteRefusal(RouteRefusalKind.Excluded, $"every route from {from} to {to} is excluded by the constraints ({Describe(request)})")];
        }

        var reasons = new List<RouteRefusal>();
        if (request.Due is { } due && Found(Relax.Due))
        {
            using var late = new RouteSearch(g, request with { Due = null, MaxOptions = 1 }, target, Relax.None);
            late.ClearBlocks();
            var path = late.Run(origin, late.Ready, 0, 0, 0);
            var eta = path is null ? "" : " (earliest median arrival " + NetworkGraph.At(ArrivalOf(late, path)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC)";
            reasons.Add(new RouteRefusal(RouteRefusalKind.Late, $"no route arrives by the due date {due:yyyy-MM-dd}{eta}"));
            return reasons;
        }

        if (Found(Relax.Due | Relax.Closures) && !Found(Relax.Due))
        {
            reasons.Add(new RouteRefusal(RouteRefusalKind.Closed, "links on every route are closed (seasonal or scenario closure) within the search horizon"));
        }

        if (Found(Relax.Due | Relax.Capacity) && !Found(Relax.Due))
        {
            reasons.Add(new RouteRefusal(RouteRefusalKind.Capacity, $"capacity is exhausted or too small for {request.Cargo} on every route (departures full, or the cargo exceeds a link's weekly capacity)"));
        }

        if (reasons.Count == 0 && Found(Relax.Due | Relax.Schedule))
        {
            reasons.Add(new RouteRefusal(RouteRefusalKind.NoDeparture, "no scheduled departure on some link of every route within 400 days of the ready date"));
        }

        if (reasons.Count == 0)
        {
            reasons.Add(new RouteRefusal(RouteRefusalKind.Unsatisfiable, "no route satisfies the schedule, capacity and closures together"));
        }

        return reasons;
    }

    private static double ArrivalOf(RouteSearch search, List<int> edges)
    {
        var steps = new List<Step>(edges.Count);
        return Replay(search, -1, edges, edges.Count, false, steps) ? steps[^1].Arrive : double.NaN;
    }

    private static string Describe(RouteRequest r)
    {
        var parts = new List<string>();
        if (r.AvoidCountries.Count > 0)
        {
            parts.Add("avoid countries " + string.Join(", ", r.AvoidCountries));
        }

        if (r.AvoidModes.Count > 0)
        {
            parts.Add("avoid modes " + string.Join(", ", r.AvoidModes.Select(m => m.ToText())));
        }

        if (r.AvoidNodes.Count > 0)
        {
            parts.Add("avoid nodes " + string.Join(", ", r.AvoidNodes));
        }

        if (r.AvoidBranches.Count > 0)
        {
            parts.Add("avoid branches " + string.Join(", ", r.AvoidBranches));
        }

        if (r.MaxTransshipments is { } n)
        {
            parts.Add($"at most {n} transshipments");
        }

        return string.Join("; ", parts);
    }

    private static bool SamePrefix(int[] a, int[] b, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    private sealed class EdgeSequenceComparer : IEqualityComparer<int[]>
    {
        public static readonly EdgeSequenceComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var h = new HashCode();
            foreach (var e in obj)
            {
                h.Add(e);
            }

            return h.ToHashCode();
        }
    }
}
