namespace Corridor.Logistics;

/// <summary>
/// The network compiled into arrays for the route engine: nodes by index, directed edges (a bidirectional link gives
/// two) in compressed adjacency lists, and each scheduled edge's departures sorted by time. Times are hours since
/// <see cref="Epoch"/>. Immutable once built except for the free capacity of departures, which
/// <see cref="SetFree"/> refreshes from bookings. Build one per network version and share it between threads.
/// </summary>
public sealed class NetworkGraph
{
    /// <summary>Time origin of all hour values.</summary>
    public static readonly DateTimeOffset Epoch = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    internal const int Classes = 5; // arrival class at a node: none, road, rail 1435, rail 1520, ship

    private readonly Dictionary<string, int> _nodeIndex;
    private readonly Dictionary<Guid, int> _departureIndex;

    public NetworkGraph(NetworkDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Definition = definition;
        var nodes = definition.Nodes;
        NodeCount = nodes.Count;
        NodeCodes = new string[NodeCount];
        NodeCountry = new string[NodeCount];
        NodeHandling = new double[NodeCount];
        NodeTransfers = new Transshipments[NodeCount];
        BorderP50 = new double[NodeCount];
        BorderP90 = new double[NodeCount];
        _nodeIndex = new Dictionary<string, int>(NodeCount, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < NodeCount; i++)
        {
            var n = nodes[i];
            NodeCodes[i] = n.Code;
            NodeCountry[i] = n.Country;
            NodeHandling[i] = (double)n.HandlingHours;
            NodeTransfers[i] = n.Transshipments;
            _nodeIndex[n.Code] = i;
        }

        foreach (var b in definition.Borders)
        {
            if (_nodeIndex.TryGetValue(b.NodeCode, out var i))
            {
                BorderP50[i] = (double)b.MedianDelayHours;
                BorderP90[i] = (double)b.P90DelayHours;
            }
        }

        var factors = new double[4];
        foreach (var f in definition.EmissionFactors)
        {
            factors[(int)f.Mode] = (double)f.GramsCo2ePerTonneKm;
        }

        GramsPerTonneKm = factors;

        var departuresByKey = definition.Departures
            .GroupBy(d => Link.KeyOf(d.FromCode, d.ToCode, d.Mode), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.DepartsAt).ToList(), StringComparer.OrdinalIgnoreCase);

        var edges = new List<(int From, int To, Link Link, List<Departure>? Deps)>(definition.Links.Count * 2);
        foreach (var l in definition.Links)
        {
            if (!_nodeIndex.TryGetValue(l.FromCode, out var a) || !_nodeIndex.TryGetValue(l.ToCode, out var b))
            {
                continue;
            }

            edges.Add((a, b, l, departuresByKey.GetValueOrDefault(Link.KeyOf(l.FromCode, l.ToCode, l.Mode))));
            if (l.Bidirectional)
            {
                edges.Add((b, a, l, departuresByKey.GetValueOrDefault(Link.KeyOf(l.ToCode, l.FromCode, l.Mode))));
            }
        }

        EdgeCount = edges.Count;
        EdgeFrom = new int[EdgeCount];
        EdgeTo = new int[EdgeCount];
        EdgeLink = new Link[EdgeCount];
        EdgeClass = new byte[EdgeCount];
        EdgeMode = new byte[EdgeCount];
        EdgeBranch = new byte[EdgeCount];
        EdgeTransit = new double[EdgeCount];
        EdgeCostVehicle = new double[EdgeCount];
        EdgeCostTonne = new double[EdgeCount];
        EdgeCapVehicles = new double[EdgeCount];
        EdgeCapTonnes = new double[EdgeCount];
        EdgeDepStart = new int[EdgeCount];
        EdgeDepEnd = new int[EdgeCount];
        EdgeClosures = new double[EdgeCount][];
        EdgeMinRun = new double[EdgeCount];
        var depCount = edges.Sum(e => e.Deps?.Count ?? 0);
        DepTime = new double[depCount];
        DepArrive = new double[depCount];
        DepFree = new int[depCount];
        DepUnit = new CapacityUnit[depCount];
        DepRecord = new Departure[depCount];
        _departureIndex = new Dictionary<Guid, int>(depCount);
        var firstYear = Epoch.Year;
        const int lastYear = 2045;
        var d = 0;
        for (var e = 0; e < EdgeCount; e++)
        {
            var (a, b, l, deps) = edges[e];
            EdgeFrom[e] = a;
            EdgeTo[e] = b;
            EdgeLink[e] = l;
            EdgeClass[e] = ClassOf(l);
            EdgeMode[e] = (byte)l.Mode;
            EdgeBranch[e] = (byte)l.Branch;
            EdgeTransit[e] = (double)l.TransitHours;
            EdgeCostVehicle[e] = (double)l.CostPerVehicleUsd;
            EdgeCostTonne[e] = (double)l.CostPerTonneUsd;
            EdgeCapVehicles[e] = l.CapacityVehiclesPerWeek ?? double.PositiveInfinity;
            EdgeCapTonnes[e] = l.CapacityTonnesPerWeek is { } t ? (double)t : double.PositiveInfinity;
            var closures = new List<double>();
            if (l.Closure is { } c)
            {
                foreach (var (s, en) in c.Intervals(firstYear, lastYear))
                {
                    closures.Add(Hours(new DateTimeOffset(s)));
                    closures.Add(Hours(new DateTimeOffset(en)));
                }
            }

            if (definition.ExtraClosures.TryGetValue(l.Key, out var extra))
            {
                foreach (var (s, en) in extra)
                {
                    closures.Add(Hours(s));
                    closures.Add(Hours(en));
                }
            }

            EdgeClosures[e] = closures.ToArray();
            EdgeDepStart[e] = d;
            if (deps is not null)
            {
                foreach (var dep in deps)
                {
                    DepTime[d] = Hours(dep.DepartsAt);
                    DepArrive[d] = Hours(dep.ArrivesAt);
                    DepFree[d] = dep.Free;
                    DepUnit[d] = dep.Unit;
                    DepRecord[d] = dep;
                    _departureIndex[dep.Id] = d;
                    d++;
                }
            }

            EdgeDepEnd[e] = d;
            EdgeMinRun[e] = EdgeTransit[e];
            for (var k = EdgeDepStart[e]; k < d; k++)
            {
                EdgeMinRun[e] = Math.Min(EdgeMinRun[e], DepArrive[k] - DepTime[k]);
            }
        }

        (OutStart, OutEdges) = Csr(NodeCount, EdgeFrom);
        (InStart, InEdges) = Csr(NodeCount, EdgeTo);
    }

    public NetworkDefinition Definition { get; }

    /// <summary>A* potentials per target, shared by the searches on this graph.</summary>
    internal PotentialCache Potentials { get; } = new();

    public int NodeCount { get; }

    public int EdgeCount { get; }

    internal string[] NodeCodes { get; }

    internal string[] NodeCountry { get; }

    internal double[] NodeHandling { get; }

    internal Transshipments[] NodeTransfers { get; }

    internal double[] BorderP50 { get; }

    internal double[] BorderP90 { get; }

    internal double[] GramsPerTonneKm { get; }

    internal int[] EdgeFrom { get; }

    internal int[] EdgeTo { get; }

    internal Link[] EdgeLink { get; }

    internal byte[] EdgeClass { get; }

    internal byte[] EdgeMode { get; }

    internal byte[] EdgeBranch { get; }

    internal double[] EdgeTransit { get; }

    internal double[] EdgeCostVehicle { get; }

    internal double[] EdgeCostTonne { get; }

    internal double[] EdgeCapVehicles { get; }

    internal double[] EdgeCapTonnes { get; }

    /// <summary>Per edge, closed intervals as a flat [start, end, start, end, …] in hours, not necessarily sorted.</summary>
    internal double[][] EdgeClosures { get; }

    /// <summary>Per edge, the shortest time any of its departures (or its own transit) takes, in hours.</summary>
    internal double[] EdgeMinRun { get; }

    internal int[] EdgeDepStart { get; }

    internal int[] EdgeDepEnd { get; }

    internal double[] DepTime { get; }

    internal double[] DepArrive { get; }

    internal int[] DepFree { get; }

    internal CapacityUnit[] DepUnit { get; }

    internal Departure[] DepRecord { get; }

    internal int[] OutStart { get; }

    internal int[] OutEdges { get; }

    internal int[] InStart { get; }

    internal int[] InEdges { get; }

    public static double Hours(DateTimeOffset t) => (t - Epoch).TotalHours;

    /// <summary>The instant <paramref name="hours"/> after <see cref="Epoch"/>, rounded to the minute.</summary>
    public static DateTimeOffset At(double hours) => Epoch + TimeSpan.FromMinutes(Math.Round(hours * 60));

    public bool TryGetNode(string code, out int index) => _nodeIndex.TryGetValue(code, out index);

    public string NodeCode(int index) => NodeCodes[index];

    /// <summary>Updates the free capacity the engine sees for a departure (after a booking or a cancellation elsewhere).</summary>
    public void SetFree(Guid departureId, int free)
    {
        if (_departureIndex.TryGetValue(departureId, out var d))
        {
            DepFree[d] = free;
        }
    }

    internal static byte ClassOf(Link l) => l.Mode switch
    {
        TransportMode.Road => 1,
        TransportMode.Rail => l.GaugeMm == 1520 ? (byte)3 : (byte)2,
        _ => 4,
    };

    /// <summary>The transfer needed between arriving in class <paramref name="from"/> and leaving in class <paramref name="to"/>.</summary>
    internal static Transshipments TransferBetween(int from, int to)
    {
        if (from == 0 || from == to)
        {
            return Transshipments.None;
        }

        var road = from == 1 || to == 1;
        var ship = from == 4 || to == 4;
        if (road && ship)
        {
            return Transshipments.ShipTruck;
        }

        if (ship)
        {
            return Transshipments.ShipRail;
        }

        return road ? Transshipments.RailTruck : Transshipments.GaugeChange;
    }

    private static (int[] Start, int[] Items) Csr(int n, int[] keys)
    {
        var start = new int[n + 1];
        foreach (var k in keys)
        {
            start[k + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }

        var fill = (int[])start.Clone();
        var items = new int[keys.Length];
        for (var e = 0; e < keys.Length; e++)
        {
            items[fill[keys[e]]++] = e;
        }

        return (start, items);
    }
}
