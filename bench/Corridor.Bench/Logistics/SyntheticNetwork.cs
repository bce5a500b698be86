using Corridor.Common;
using Corridor.Logistics;

namespace Corridor.Bench.Logistics;

/// <summary>
/// A generated network for scaling benchmarks: nodes scattered over a 40°×40° box, each linked to its nearest
/// neighbours until the link count is reached (bidirectional links, so twice as many directed edges); the western
/// half is 1435 mm, the eastern 1520 mm, with gauge-change nodes along the seam; one link in five is scheduled with
/// weekly departures for a year. Deterministic for a seed.
/// </summary>
public static class SyntheticNetwork
{
    public static NetworkDefinition Create(int nodeCount, int linkCount, int seed = 42, double scheduledShare = 0.2)
    {
        var rng = new Random(seed);
        var nodes = new List<Node>(nodeCount);
        var lat = new double[nodeCount];
        var lon = new double[nodeCount];
        const int cells = 100;
        var grid = new List<int>[cells, cells];
        for (var i = 0; i < nodeCount; i++)
        {
            lat[i] = 20 + (rng.NextDouble() * 40);
            lon[i] = 20 + (rng.NextDouble() * 40);
            var seam = Math.Abs(lon[i] - 40) < 1.5;
            var gauges = seam ? Gauges.Standard1435 | Gauges.Broad1520 : lon[i] < 40 ? Gauges.Standard1435 : Gauges.Broad1520;
            var transfers = Transshipments.RailTruck | Transshipments.ShipRail | Transshipments.ShipTruck | (seam ? Transshipments.GaugeChange : 0);
            nodes.Add(new Node($"N{i}", $"Node {i}", CountryCode.Parse(lon[i] < 40 ? "IR" : "RU"), NodeKind.Hub, lat[i], lon[i], gauges, 6, transfers, "assumption", "synthetic"));
            var (cx, cy) = Cell(lat[i], lon[i]);
            (grid[cx, cy] ??= []).Add(i);
        }

        (int, int) Cell(double la, double lo) => (Math.Clamp((int)((la - 20) / 40 * cells), 0, cells - 1), Math.Clamp((int)((lo - 20) / 40 * cells), 0, cells - 1));

        var links = new List<Link>(linkCount);
        var seen = new HashSet<(int, int)>();
        var perNode = (int)Math.Ceiling(linkCount / (double)nodeCount);
        var candidates = new List<(double D, int J)>();
        for (var i = 0; i < nodeCount && links.Count < linkCount; i++)
        {
            candidates.Clear();
            var (cx, cy) = Cell(lat[i], lon[i]);
            for (var r = 1; candidates.Count < perNode + 2 && r < cells; r++)
            {
                candidates.Clear();
                for (var x = Math.Max(0, cx - r); x <= Math.Min(cells - 1, cx + r); x++)
                {
                    for (var y = Math.Max(0, cy - r); y <= Math.Min(cells - 1, cy + r); y++)
                    {
                        foreach (var j in grid[x, y] ?? [])
                        {
                            if (j != i)
                            {
                                candidates.Add((Distance(lat[i], lon[i], lat[j], lon[j]), j));
                            }
                        }
                    }
                }
            }

            candidates.Sort();
            var added = 0;
            foreach (var (d, j) in candidates)
            {
                if (added >= perNode || links.Count >= linkCount)
                {
                    break;
                }

                if (!seen.Add((Math.Min(i, j), Math.Max(i, j))))
                {
                    continue;
                }

                var km = (decimal)Math.Round(Math.Max(1, d), 1);
                var roll = rng.NextDouble();
                var sameSide = (lon[i] < 40) == (lon[j] < 40) || nodes[i].Gauges == (Gauges.Standard1435 | Gauges.Broad1520) || nodes[j].Gauges == (Gauges.Standard1435 | Gauges.Broad1520);
                var mode = roll < 0.45 && sameSide ? TransportMode.Rail : roll < 0.9 ? TransportMode.Road : TransportMode.Sea;
                int? gauge = mode == TransportMode.Rail ? ((lon[i] + lon[j]) / 2 < 40 ? 1435 : 1520) : null;
                if (gauge is { } g && (!nodes[i].Gauges.HasFlag(LogisticsCodes.GaugeOf(g)!.Value) || !nodes[j].Gauges.HasFlag(LogisticsCodes.GaugeOf(g)!.Value)))
                {
                    mode = TransportMode.Road;
                    gauge = null;
                }

                var speed = mode switch { TransportMode.Rail => 30m, TransportMode.Road => 25m, _ => 15m };
                var perKm = mode switch { TransportMode.Rail => 0.15m, TransportMode.Road => 0.25m, _ => 0.3m };
                links.Add(new Link($"N{i}", $"N{j}", mode, gauge, km, decimal.Round(Math.Max(0.5m, km / speed), 1), decimal.Round(km * perKm, 2),
                    decimal.Round(km * perKm / 4, 2), 2000, null, true, CorridorBranch.Domestic, null, "assumption", "synthetic"));
                added++;
            }
        }

        var departures = new List<Departure>();
        var first = new DateTimeOffset(2027, 1, 4, 0, 0, 0, TimeSpan.Zero);
        foreach (var l in links)
        {
            if (rng.NextDouble() >= scheduledShare)
            {
                continue;
            }

            var offset = TimeSpan.FromHours(rng.Next(0, 168));
            var transit = TimeSpan.FromHours((double)l.TransitHours);
            for (var w = 0; w < 52; w++)
            {
                var at = first + offset + TimeSpan.FromDays(7 * w);
                departures.Add(new Departure($"S-{l.FromCode}-{l.ToCode}", l.FromCode, l.ToCode, l.Mode, at, at + transit, 500, CapacityUnit.Vehicles));
            }
        }

        return new NetworkDefinition(nodes, links, [], departures,
            [new EmissionFactor(TransportMode.Road, 75, "assumption"), new EmissionFactor(TransportMode.Rail, 22, "assumption"), new EmissionFactor(TransportMode.Sea, 50, "assumption")]);
    }

    private static double Distance(double la1, double lo1, double la2, double lo2)
    {
        var dx = (lo2 - lo1) * 111 * Math.Cos((la1 + la2) / 2 * Math.PI / 180);
        var dy = (la2 - la1) * 111;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
