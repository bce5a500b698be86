using Google.OrTools.LinearSolver;

namespace Corridor.Logistics;

/// <summary>
/// The weekly capacity rows of a plan model, created when a route first uses them. A continuous link has a vehicles
/// row and a tonnes row (each only when the link states that capacity; a closed week gets a zero row). A scheduled
/// direction has one row per capacity unit of its departures in that week (free capacity, closures excluded).
/// Coefficients convert the cargo into the row's unit as <see cref="Cargo.UnitsOn"/> does.
/// </summary>
internal sealed class CapacityBook
{
    private const double HoursPerWeek = 168;
    private static readonly CapacityUnit[] Units = Enum.GetValues<CapacityUnit>();
    private readonly Dictionary<(string Key, int Week, CapacityUnit Unit), Constraint> _rows = [];
    private readonly Dictionary<(string Key, int Week, CapacityUnit Unit), double> _caps = [];
    private readonly Dictionary<Constraint, List<(Variable Var, double Coefficient)>> _terms = [];
    private readonly Dictionary<string, Dictionary<(int Week, CapacityUnit Unit), double>> _scheduled = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Key, int Week, CapacityUnit Unit), (string From, string To, TransportMode Mode)> _labels = [];
    private readonly DateTimeOffset _start;
    private readonly NetworkDefinition _definition;

    public CapacityBook(NetworkDefinition definition, DateTimeOffset start)
    {
        _definition = definition;
        _start = start;
        var linkByKey = new Dictionary<string, Link>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in definition.Links)
        {
            linkByKey[l.Key] = l;
            if (l.Bidirectional)
            {
                linkByKey[Link.KeyOf(l.ToCode, l.FromCode, l.Mode)] = l;
            }
        }

        foreach (var d in definition.Departures)
        {
            var key = Link.KeyOf(d.FromCode, d.ToCode, d.Mode);
            if (!_scheduled.TryGetValue(key, out var weeks))
            {
                _scheduled[key] = weeks = [];
            }

            var hours = (d.DepartsAt - start).TotalHours;
            if (hours < 0 || (linkByKey.TryGetValue(key, out var link) && Closed(link, d.DepartsAt)))
            {
                continue;
            }

            var w = (int)Math.Floor(hours / HoursPerWeek);
            weeks[(w, d.Unit)] = weeks.GetValueOrDefault((w, d.Unit)) + d.Free;
        }
    }

    public IEnumerable<(Constraint Row, double Coefficient)> Rows(Solver solver, PlanPathLeg leg, int week, bool vehicles)
    {
        var key = leg.Key;
        var label = (leg.From, leg.To, leg.Link.Mode);
        if (_scheduled.TryGetValue(key, out var weeks))
        {
            var any = false;
            foreach (var unit in Units)
            {
                if (weeks.TryGetValue((week, unit), out var cap))
                {
                    any = true;
                    yield return (Row(solver, key, week, unit, cap, label), Coefficient(unit, vehicles));
                }
            }

            if (!any)
            {
                yield return (Row(solver, key, week, CapacityUnit.Vehicles, 0, label), 1);
            }

            yield break;
        }

        var closed = Closed(leg.Link, _start.AddHours((week * HoursPerWeek) + (HoursPerWeek / 2)));
        if (leg.Link.CapacityVehiclesPerWeek is { } v || closed)
        {
            yield return (Row(solver, key, week, CapacityUnit.Vehicles, closed ? 0 : leg.Link.CapacityVehiclesPerWeek ?? 0, label), Coefficient(CapacityUnit.Vehicles, vehicles));
        }

        if (leg.Link.CapacityTonnesPerWeek is { } t && !closed)
        {
            yield return (Row(solver, key, week, CapacityUnit.Tonnes, (double)t, label), Coefficient(CapacityUnit.Tonnes, vehicles));
        }
    }

    public List<PlanCapacityUse> Uses(DateOnly start)
    {
        var result = new List<PlanCapacityUse>(_rows.Count);
        foreach (var (k, row) in _rows)
        {
            var used = 0.0;
            foreach (var (x, c) in _terms.GetValueOrDefault(row) ?? [])
            {
                used += x.SolutionValue() * c;
            }

            var (from, to, mode) = _labels[k];
            result.Add(new PlanCapacityUse(from, to, mode, start.AddDays(7 * k.Week), k.Unit.ToString().ToLowerInvariant(), _caps[k], used, Math.Max(0, -row.DualValue())));
        }

        return result.OrderBy(r => r.Week).ThenBy(r => r.From, StringComparer.Ordinal).ThenBy(r => r.To, StringComparer.Ordinal).ToList();
    }

    /// <summary>Adds <paramref name="coefficient"/> × <paramref name="x"/> to a capacity row.</summary>
    public void Add(Constraint row, Variable x, double coefficient)
    {
        // A loopless route never uses one directed link twice, so each (row, variable) pair is set once.
        row.SetCoefficient(x, coefficient);
        if (!_terms.TryGetValue(row, out var terms))
        {
            _terms[row] = terms = [];
        }

        terms.Add((x, coefficient));
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

    private Constraint Row(Solver solver, string key, int week, CapacityUnit unit, double cap, (string, string, TransportMode) label)
    {
        var k = (key, week, unit);
        if (!_rows.TryGetValue(k, out var row))
        {
            row = solver.MakeConstraint(double.NegativeInfinity, cap, "");
            _rows[k] = row;
            _caps[k] = cap;
            _labels[k] = label;
        }

        return row;
    }

    private bool Closed(Link link, DateTimeOffset at)
    {
        if (link.SeasonalClosure is not null && link.Closure is { } c && c.Contains(DateOnly.FromDateTime(at.UtcDateTime)))
        {
            return true;
        }

        return _definition.ExtraClosures.Count > 0 && _definition.ExtraClosures.TryGetValue(link.Key, out var extra) && extra.Any(p => at >= p.From && at < p.Until);
    }
}
