namespace Corridor.Logistics;

/// <summary>
/// The per-state label arrays of a <see cref="RouteSearch"/>, sized for one graph and reused between the searches of a
/// thread. Labels are valid only when their stamp equals the current generation and blocks only when theirs equals the
/// current block generation, so a reused scratch never needs clearing: the generations simply keep counting.
/// </summary>
internal sealed class SearchScratch
{
    [ThreadStatic]
    private static SearchScratch? _spare;

    private SearchScratch(NetworkGraph graph)
    {
        Graph = graph;
        var states = graph.NodeCount * NetworkGraph.Classes;
        Key = new double[states];
        Time = new double[states];
        Cost = new double[states];
        PredEdge = new int[states];
        PredState = new int[states];
        PredDeparture = new int[states];
        Transfers = new byte[states];
        Stamp = new int[states];
        Settled = new bool[states];
        BlockedEdge = new int[graph.EdgeCount];
        BlockedNode = new int[graph.NodeCount];
    }

    public NetworkGraph Graph { get; }

    public double[] Key { get; }

    public double[] Time { get; }

    public double[] Cost { get; }

    public int[] PredEdge { get; }

    public int[] PredState { get; }

    public int[] PredDeparture { get; }

    public byte[] Transfers { get; }

    public int[] Stamp { get; }

    public bool[] Settled { get; }

    public int[] BlockedEdge { get; }

    public int[] BlockedNode { get; }

    public PriorityQueue<int, double> Queue { get; } = new();

    public int Generation { get; set; }

    public int BlockGeneration { get; set; }

    /// <summary>This thread's spare scratch for <paramref name="graph"/>, or a new one (when none is spare or it belongs to another graph).</summary>
    public static SearchScratch Rent(NetworkGraph graph)
    {
        var s = _spare;
        if (s is not null && ReferenceEquals(s.Graph, graph) && s.Generation < int.MaxValue / 2 && s.BlockGeneration < int.MaxValue / 2)
        {
            _spare = null;
            return s;
        }

        return new SearchScratch(graph);
    }

    /// <summary>Keeps <paramref name="scratch"/> as this thread's spare (its arrays must no longer be read by the returner).</summary>
    public static void Return(SearchScratch scratch) => _spare = scratch;
}
