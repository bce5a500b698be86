namespace Corridor.Logistics;

/// <summary>What a diagnostic search may ignore, to find out why a request has no route.</summary>
[Flags]
internal enum Relax
{
    None = 0,
    Due = 1,
    Capacity = 2,
    Closures = 4,
    Schedule = 8,
    Constraints = 16,
}

/// <summary>
/// The time-dependent search core: an A* over states (node, how the cargo arrived) where an edge's arrival time
/// depends on when it is entered (waiting for the next open day or the next departure with room). Potentials come
/// from one backward Dijkstra on static lower bounds (cost and transit without waits), so the key is monotone and
/// the first time the target is settled its label is the best one for this model. The potentials are cached on the
/// graph per target and weighting, and the label arrays are a per-thread <see cref="SearchScratch"/> handed back on
/// <see cref="Dispose"/>. Not thread-safe: one per query.
/// </summary>
internal sealed class RouteSearch : IDisposable
{
    private const double HorizonHours = 400 * 24;

    private readonly NetworkGraph _g;
    private readonly RouteRequest _request;
    private readonly double _alpha;
    private readonly double _beta;
    private readonly double _ready;
    private readonly double _due;
    private readonly int _target;
    private readonly bool[]? _nodeAvoided;
    private readonly int _avoidModes;
    private readonly int _avoidBranches;
    private readonly int _maxTransfers;
    private readonly double[] _potential;
    private readonly double[] _unitCost;
    private readonly int[] _unitsByCapacityUnit = new int[3];
    private readonly bool _useSchedule;
    private readonly bool _checkCapacity;
    private readonly bool _checkClosures;
    private readonly bool _checkConstraints;
    private readonly bool _cargoIsVehicles;
    private readonly double _cargoQuantity;
    private readonly double _cargoTonnes;

    // Per-state labels, reset lazily with a generation stamp (arrays of a reused scratch).
    private readonly SearchScratch _scratch;
    private readonly double[] _key;
    private readonly double[] _time;
    private readonly double[] _cost;
    private readonly int[] _predEdge;
    private readonly int[] _predState;
    private readonly int[] _predDeparture;
    private readonly byte[] _transfers;
    private readonly int[] _stamp;
    private readonly bool[] _settled;
    private readonly int[] _blockedEdge;
    private readonly int[] _blockedNode;
    private readonly PriorityQueue<int, double> _queue;
    private int _generation;
    private int _blockGeneration;

    public RouteSearch(NetworkGraph g, RouteRequest request, int target, Relax relax)
    {
        _g = g;
        _request = request;
        Relax = relax;
        _useSchedule = !relax.HasFlag(Relax.Schedule);
        _checkCapacity = !relax.HasFlag(Relax.Capacity);
        _checkClosures = !relax.HasFlag(Relax.Closures);
        _checkConstraints = !relax.HasFlag(Relax.Constraints);
        _target = target;
        (_alpha, _beta) = request.Objective switch
        {
            RouteObjective.Cheapest => (1.0, 1e-4),
            RouteObjective.Fastest => (1e-6, 1.0),
            _ => (1.0, (double)request.PricePerDayUsd / 24.0),
        };
        _ready = NetworkGraph.Hours(new DateTimeOffset(request.Ready.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        _due = request.Due is { } due && !relax.HasFlag(Relax.Due)
            ? NetworkGraph.Hours(new DateTimeOffset(due.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
            : double.PositiveInfinity;
        if (!relax.HasFlag(Relax.Constraints))
        {
            foreach (var m in request.AvoidModes)
            {
                _avoidModes |= 1 << (int)m;
            }

            foreach (var b in request.AvoidBranches)
            {
                _avoidBranches |= 1 << (int)b;
            }

            if (request.AvoidNodes.Count > 0 || request.AvoidCountries.Count > 0)
            {
                _nodeAvoided = new bool[g.NodeCount];
                var countries = new HashSet<string>(request.AvoidCountries, StringComparer.OrdinalIgnoreCase);
                var codes = new HashSet<string>(request.AvoidNodes, StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < g.NodeCount; i++)
                {
                    _nodeAvoided[i] = codes.Contains(g.NodeCodes[i]) || countries.Contains(g.NodeCountry[i]);
                }
            }

            _maxTransfers = request.MaxTransshipments ?? int.MaxValue;
        }
        else
        {
            _maxTransfers = int.MaxValue;
        }

        var cargo = request.Cargo;
        for (var u = 0; u < 3; u++)
        {
            _unitsByCapacityUnit[u] = cargo.UnitsOn((CapacityUnit)u);
        }

        var qty = (double)cargo.Quantity;
        _cargoIsVehicles = cargo.IsVehicles;
        _cargoQuantity = qty;
        _cargoTonnes = (double)cargo.Tonnage;
        _unitCost = cargo.IsVehicles ? g.EdgeCostVehicle : g.EdgeCostTonne;
        _scratch = SearchScratch.Rent(g);
        (_key, _time, _cost, _predEdge, _predState, _predDeparture) = (_scratch.Key, _scratch.Time, _scratch.Cost, _scratch.PredEdge, _scratch.PredState, _scratch.PredDeparture);
        (_transfers, _stamp, _settled, _blockedEdge, _blockedNode, _queue) = (_scratch.Transfers, _scratch.Stamp, _scratch.Settled, _scratch.BlockedEdge, _scratch.BlockedNode, _scratch.Queue);
        (_generation, _blockGeneration) = (_scratch.Generation, _scratch.BlockGeneration);
        _potential = target < 0 ? BackwardLowerBounds() : g.Potentials.GetOrAdd((target, _alpha, _beta, _cargoIsVehicles, qty), BackwardLowerBounds);
    }

    /// <summary>Hands the label arrays back for the thread's next search; the search must not be used afterwards.</summary>
    public void Dispose()
    {
        (_scratch.Generation, _scratch.BlockGeneration) = (_generation, _blockGeneration);
        _queue.Clear();
        SearchScratch.Return(_scratch);
    }

    public Relax Relax { get; }

    public double Ready => _ready;

    /// <summary>Starts a new set of blocked edges and nodes (for one Yen spur).</summary>
    public void ClearBlocks() => _blockGeneration++;

    public void BlockEdge(int e) => _blockedEdge[e] = _blockGeneration;

    public void BlockNode(int n) => _blockedNode[n] = _blockGeneration;

    public double Score(double cost, double time) => (_alpha * cost) + (_beta * (time - _ready));

    public bool Reachable(int node) => !double.IsPositiveInfinity(_potential[node]);

    /// <summary>
    /// Enters edge <paramref name="e"/> at time <paramref name="t"/> having arrived in class <paramref name="cls"/>.
    /// Returns false when the edge cannot be used; otherwise the arrival time (border dwell at the head included),
    /// the departure taken (or -1), the transfer done at the tail and the hours it took.
    /// </summary>
    public bool Traverse(int e, double t, int cls, int transfers, bool p90, out double arrive, out int departure, out Transshipments transfer, out double handling, out double departAt)
    {
        var g = _g;
        arrive = departAt = handling = 0;
        departure = -1;
        transfer = NetworkGraph.TransferBetween(cls, g.EdgeClass[e]);
        var from = g.EdgeFrom[e];
        if (transfer != Transshipments.None)
        {
            if ((g.NodeTransfers[from] & transfer) == 0 || transfers + 1 > _maxTransfers)
            {
                return false;
            }

            handling = g.NodeHandling[from];
            t += handling;
        }

        if (_checkConstraints)
        {
            if (((_avoidModes >> g.EdgeMode[e]) & 1) != 0 || ((_avoidBranches >> g.EdgeBranch[e]) & 1) != 0)
            {
                return false;
            }

            if (_nodeAvoided is not null && _nodeAvoided[g.EdgeTo[e]])
            {
                return false;
            }
        }

        var ds = g.EdgeDepStart[e];
        var de = g.EdgeDepEnd[e];
        if (ds < de && _useSchedule)
        {
            var d = LowerBound(g.DepTime, ds, de, t);
            for (; d < de; d++)
            {
                if (g.DepTime[d] > _ready + HorizonHours)
                {
                    return false;
                }

                if (_checkCapacity && g.DepFree[d] < _unitsByCapacityUnit[(int)g.DepUnit[d]])
                {
                    continue;
                }

                if (_checkClosures && g.EdgeClosures[e].Length > 0 && ClosedAt(e, g.DepTime[d]))
                {
                    continue;
                }

                break;
            }

            if (d >= de)
            {
                return false;
            }

            departure = d;
            departAt = g.DepTime[d];
            arrive = g.DepArrive[d];
        }
        else
        {
            if (_checkCapacity && !FitsWeekly(e))
            {
                return false;
            }

            if (_checkClosures)
            {
                t = OpenFrom(e, t);
            }

            departAt = t;
            arrive = t + g.EdgeTransit[e];
        }

        var to = g.EdgeTo[e];
        arrive += p90 ? g.BorderP90[to] : g.BorderP50[to];
        return arrive <= _due && arrive <= _ready + HorizonHours;
    }

    public Link EdgeLinkOf(int e) => _g.EdgeLink[e];

    /// <summary>Cost in US dollars of the cargo on edge <paramref name="e"/>.</summary>
    public double EdgeCost(int e) => _cargoQuantity * _unitCost[e];

    /// <summary>
    /// Best path from <paramref name="start"/> (entered at time <paramref name="t0"/>, cost <paramref name="c0"/>, class
    /// <paramref name="cls0"/>, <paramref name="transfers0"/> transfers so far) to the target, avoiding blocked edges
    /// and nodes; the edges in order, or null (also when no path can score below <paramref name="bound"/>).
    /// </summary>
    public List<int>? Run(int start, double t0, double c0, int cls0, int transfers0, double bound = double.PositiveInfinity)
    {
        var g = _g;
        _generation++;
        _queue.Clear();
        var s0 = (start * NetworkGraph.Classes) + cls0;
        Set(s0, Score(c0, t0), t0, c0, -1, -1, -1, transfers0);
        _queue.Enqueue(s0, _key[s0] + _potential[start]);
        while (_queue.TryDequeue(out var s, out var priority))
        {
            if (_settled[s])
            {
                continue;
            }

            if (priority >= bound)
            {
                // Every remaining path scores at least the bound: none can make the k best.
                return null;
            }

            _settled[s] = true;
            var node = s / NetworkGraph.Classes;
            var cls = s % NetworkGraph.Classes;
            if (node == _target)
            {
                return Path(s);
            }

            var t = _time[s];
            var c = _cost[s];
            int tr = _transfers[s];
            for (var i = g.OutStart[node]; i < g.OutStart[node + 1]; i++)
            {
                var e = g.OutEdges[i];
                var to = g.EdgeTo[e];
                if (_blockedEdge[e] == _blockGeneration || _blockedNode[to] == _blockGeneration || double.IsPositiveInfinity(_potential[to]))
                {
                    continue;
                }

                if (!Traverse(e, t, cls, tr, false, out var arrive, out var dep, out var transfer, out _, out _))
                {
                    continue;
                }

                var cost = c + (_cargoQuantity * _unitCost[e]);
                var key = Score(cost, arrive);
                var ns = (to * NetworkGraph.Classes) + g.EdgeClass[e];
                if (key + _potential[to] >= bound || (_stamp[ns] == _generation && (_settled[ns] || _key[ns] <= key)))
                {
                    // A label at or above the bound would only end the search when dequeued: leaving it out ends it the same way.
                    continue;
                }

                Set(ns, key, arrive, cost, e, s, dep, tr + (transfer == Transshipments.None ? 0 : 1));
                _queue.Enqueue(ns, key + _potential[to]);
            }
        }

        return null;
    }

    private void Set(int s, double key, double time, double cost, int edge, int pred, int dep, int transfers)
    {
        _stamp[s] = _generation;
        _settled[s] = false;
        _key[s] = key;
        _time[s] = time;
        _cost[s] = cost;
        _predEdge[s] = edge;
        _predState[s] = pred;
        _predDeparture[s] = dep;
        _transfers[s] = (byte)Math.Min(transfers, 255);
    }

    private List<int> Path(int s)
    {
        var edges = new List<int>();
        while (_predEdge[s] >= 0)
        {
            edges.Add(_predEdge[s]);
            s = _predState[s];
        }

        edges.Reverse();
        return edges;
    }

    private bool FitsWeekly(int e)
    {
        var g = _g;
        if (_cargoIsVehicles)
        {
            return _cargoQuantity <= g.EdgeCapVehicles[e] && _cargoTonnes <= g.EdgeCapTonnes[e];
        }

        return _cargoTonnes <= g.EdgeCapTonnes[e] && (!double.IsPositiveInfinity(g.EdgeCapTonnes[e]) || _unitsByCapacityUnit[(int)CapacityUnit.Vehicles] <= g.EdgeCapVehicles[e]);
    }

    private bool ClosedAt(int e, double t)
    {
        var c = _g.EdgeClosures[e];
        for (var i = 0; i < c.Length; i += 2)
        {
            if (t >= c[i] && t < c[i + 1])
            {
                return true;
            }
        }

        return false;
    }

    private double OpenFrom(int e, double t)
    {
        var c = _g.EdgeClosures[e];
        if (c.Length == 0)
        {
            return t;
        }

        for (var moved = true; moved;)
        {
            moved = false;
            for (var i = 0; i < c.Length; i += 2)
            {
                if (t >= c[i] && t < c[i + 1])
                {
                    t = c[i + 1];
                    moved = true;
                }
            }
        }

        return t;
    }

    private static int LowerBound(double[] a, int lo, int hi, double t)
    {
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (a[mid] < t)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Static lower bound of the remaining score from every node to the target (infinity when it cannot be reached).</summary>
    private double[] BackwardLowerBounds()
    {
        var g = _g;
        var h = new double[g.NodeCount];
        Array.Fill(h, double.PositiveInfinity);
        if (_target < 0)
        {
            return h;
        }

        var done = new bool[g.NodeCount];
        var q = new PriorityQueue<int, double>();
        h[_target] = 0;
        q.Enqueue(_target, 0);
        while (q.TryDequeue(out var v, out _))
        {
            if (done[v])
            {
                continue;
            }

            done[v] = true;
            for (var i = g.InStart[v]; i < g.InStart[v + 1]; i++)
            {
                var e = g.InEdges[i];
                var u = g.EdgeFrom[e];
                var w = (_alpha * (_cargoQuantity * _unitCost[e])) + (_beta * (g.EdgeMinRun[e] + g.BorderP50[v]));
                var nd = h[v] + w;
                if (nd < h[u])
                {
                    h[u] = nd;
                    q.Enqueue(u, nd);
                }
            }
        }

        return h;
    }
}
