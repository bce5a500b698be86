namespace Corridor.Logistics;

/// <summary>
/// The weekly capacity rows of a plan model, registered when a route first uses them and numbered densely. A
/// continuous link has a vehicles row and a tonnes row (each only when the link states that capacity; a closed week
/// gets a zero vehicles row). A scheduled direction has one row per capacity unit of its departures in that week (free
/// capacity, closures excluded), or a zero vehicles row when the week has none. Coefficients convert the cargo into
/// the row's unit as <see cref="Cargo.UnitsOn"/> does. Directed links are looked up by key once per route leg
/// (<see cref="Resource"/>); rows per (directed link, week) are kept in a dense table, so building a model with a
/// million terms does no string hashing per term.
/// </summary>
internal sealed class CapacityBook
{
    private const double HoursPerWeek = 168;
    private static readonly CapacityUnit[] Units = Enum.GetValues<CapacityUnit>();
    private readonly Dictionary<string, int> _resourceByKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(Link Link, string From, string To, Dictionary<(int Week, CapacityUnit Unit), double>? Scheduled)> _resources = [];
    private readonly List<int[]?> _rowsByResourceWeek = [];
    private readonly Dictionary<string, Dictionary<(int Week, CapacityUnit Unit), double>> _scheduled = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(int Resource, int Week, CapacityUnit Unit, double Capacity)> _rows = [];
    private readonly DateTimeOffset _start;
    private readonly int _weekSlots;
    private readonly NetworkDefinition _definition;

    /// <param name="definition">The network (links, departures, closures).</param>
    /// <param name="start">Start of plan week 0.</param>
    /// <param name="weekSlots">Upper bound of week indices rows are asked for (plan weeks + ship delay + longest route).</param>
    public CapacityBook(NetworkDefinition definition, DateTimeOffset start, int weekSlots)
    {
        _definition = definition;
        _start = start;
        _weekSlots = weekSlots;
        var linkByKey = new Dictionary<string, Link>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in definition.Links)
        {
            linkByKey[l.Key] = l;
            if (l.Bidirectional)
            {
                linkByKey[Link.KeyOf(l.ToCode, l.FromCode, l.Mode)] = l;
            }
        }

        var closures = new Dictionary<Link, SeasonalClosure?>();
        foreach (var d in definition.Departures)
        {
            var key = Link.KeyOf(d.FromCode, d.ToCode, d.Mode);
            if (!_scheduled.TryGetValue(key, out var weeks))
            {
                _scheduled[key] = weeks = [];
            }

            var hours = (d.DepartsAt - start).TotalHours;
            if (hours < 0 || (linkByKey.TryGetValue(key, out var link) && Closed(link, ClosureOf(closures, link), d.DepartsAt)))
            {
                continue;
            }

            var w = (int)Math.Floor(hours / HoursPerWeek);
            weeks[(w, d.Unit)] = weeks.GetValueOrDefault((w, d.Unit)) + d.Free;
        }
    }

    public int RowCount => _rows.Count;

    /// <summary>The capacity resource (directed link or scheduled direction) a leg uses.</summary>
    public int Resource(PlanPathLeg leg)
    {
        if (!_resourceByKey.TryGetValue(leg.Key, out var r))
        {
            r = _resources.Count;
            _resourceByKey[leg.Key] = r;
            _resources.Add((leg.Link, leg.From, leg.To, _scheduled.GetValueOrDefault(leg.Key)));
            for (var w = 0; w < _weekSlots; w++)
            {
                _rowsByResourceWeek.Add(null);
            }
        }

        return r;
    }

    /// <summary>The rows resource <paramref name="resource"/> has in week <paramref name="week"/> (registered on first use).</summary>
    public int[] Rows(int resource, int week)
    {
        if (week < 0 || week >= _weekSlots)
        {
            throw new ArgumentOutOfRangeException(nameof(week), week, $"plan weeks are 0..{_weekSlots - 1}");
        }

        var slot = (resource * _weekSlots) + week;
        return _rowsByResourceWeek[slot] ??= Create(resource, week);
    }

    public double Capacity(int row) => _rows[row].Capacity;

    public CapacityUnit Unit(int row) => _rows[row].Unit;

    /// <summary>Capacity use per row from the loads and marginal values given (both indexed by row), ordered by week, from, to.</summary>
    public List<PlanCapacityUse> Uses(DateOnly start, double[] used, double[] marginal)
    {
        var result = new List<PlanCapacityUse>(_rows.Count);
        for (var i = 0; i < _rows.Count; i++)
        {
            var (resource, week, unit, cap) = _rows[i];
            var (link, from, to, _) = _resources[resource];
            result.Add(new PlanCapacityUse(from, to, link.Mode, start.AddDays(7 * week), unit.ToString().ToLowerInvariant(), cap, used[i], marginal[i]));
        }

        return result.OrderBy(r => r.Week).ThenBy(r => r.From, StringComparer.Ordinal).ThenBy(r => r.To, StringComparer.Ordinal).ToList();
    }

    /// <summary>Units of <paramref name="unit"/> one unit of cargo takes (a vehicle, or a tonne).</summary>
    public static double Coefficient(CapacityUnit unit, bool vehicles) => (vehicles, unit) switch
    {
        (true, CapacityUnit.Vehicles) => 1,
        (true, CapacityUnit.Tonnes) => 1.3,
        (true, _) => 1 / (double)Cargo.VehiclesPerTeu,
        (false, CapacityUnit.Vehicles) => 1 / (double)Cargo.TonnesPerVehicleSlot,
        (false, CapacityUnit.Tonnes) => 1,
        (false, _) => 1 / (double)Cargo.TonnesPerTeu,
    };

    private int[] Create(int resource, int week)
    {
        var (link, _, _, scheduled) = _resources[resource];
        var rows = new List<int>(3);
        if (scheduled is not null)
        {
            foreach (var unit in Units)
            {
                if (scheduled.TryGetValue((week, unit), out var cap))
                {
                    rows.Add(Add(resource, week, unit, cap));
                }
            }

            if (rows.Count == 0)
            {
                rows.Add(Add(resource, week, CapacityUnit.Vehicles, 0));
            }

            return [.. rows];
        }

        var closed = Closed(link, link.Closure, _start.AddHours((week * HoursPerWeek) + (HoursPerWeek / 2)));
        if (link.CapacityVehiclesPerWeek is not null || closed)
        {
            rows.Add(Add(resource, week, CapacityUnit.Vehicles, closed ? 0 : link.CapacityVehiclesPerWeek ?? 0));
        }

        if (link.CapacityTonnesPerWeek is { } t && !closed)
        {
            rows.Add(Add(resource, week, CapacityUnit.Tonnes, (double)t));
        }

        return [.. rows];
    }

    private int Add(int resource, int week, CapacityUnit unit, double cap)
    {
        _rows.Add((resource, week, unit, cap));
        return _rows.Count - 1;
    }

    private static SeasonalClosure? ClosureOf(Dictionary<Link, SeasonalClosure?> cache, Link link)
    {
        if (!cache.TryGetValue(link, out var c))
        {
            cache[link] = c = link.Closure;
        }

        return c;
    }

    private bool Closed(Link link, SeasonalClosure? closure, DateTimeOffset at)
    {
        if (closure is { } c && c.Contains(DateOnly.FromDateTime(at.UtcDateTime)))
        {
            return true;
        }

        return _definition.ExtraClosures.Count > 0 && _definition.ExtraClosures.TryGetValue(link.Key, out var extra) && extra.Any(p => at >= p.From && at < p.Until);
    }
}
