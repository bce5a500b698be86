namespace Corridor.Logistics;

/// <summary>
/// Exact reductions of a plan model that keep its optimal value and leave a valid dual for the rows that stay
/// (decision 010). A capacity row binds only if the demands that can use it could, together, send more through it
/// than it holds (each demand counted once with its whole volume); a row that cannot bind is left out of the solver.
/// Per demand, a column dominates another of the same demand that costs as much or more and whose binding rows include
/// all of its own (a column using no binding row dominates every dearer one), and the unmet variable dominates columns
/// that cost at least the unmet penalty; dominated columns are dropped. Dropping columns lowers row loads, so the rules
/// repeat until nothing changes. A demand whose only remaining column uses no binding row is shipped on it in full
/// (<see cref="Fixed"/>) and does not enter the solver.
/// </summary>
internal sealed class ModelReduction
{
    private readonly Columns _columns;
    private readonly CapacityBook _capacities;
    private readonly IReadOnlyList<PlanDemand> _demands;
    private readonly int[] _demandColumns;
    private readonly double _penalty;

    public ModelReduction(Columns columns, CapacityBook capacities, IReadOnlyList<PlanDemand> demands, int[] demandColumns, double penalty)
    {
        _columns = columns;
        _capacities = capacities;
        _demands = demands;
        _demandColumns = demandColumns;
        _penalty = penalty;
        Active = new bool[columns.Count];
        Array.Fill(Active, true);
        Binding = new bool[capacities.RowCount];
        Array.Fill(Binding, true);
        Fixed = new int[demands.Count];
        Array.Fill(Fixed, -1);
    }

    /// <summary>Columns that stay in the model.</summary>
    public bool[] Active { get; }

    /// <summary>Capacity rows that can bind and go to the solver.</summary>
    public bool[] Binding { get; }

    /// <summary>Per demand, the column that carries all of it without the solver, or -1.</summary>
    public int[] Fixed { get; }

    public void Run()
    {
        var c = _columns;
        for (var col = 0; col < c.Count; col++)
        {
            Active[col] = c.Objective[col] < _penalty;
        }

        var load = new double[_capacities.RowCount];
        var lastDemand = new int[_capacities.RowCount];
        for (var changed = true; changed;)
        {
            changed = false;
            Array.Clear(load);
            Array.Fill(lastDemand, -1);
            for (var col = 0; col < c.Count; col++)
            {
                if (!Active[col])
                {
                    continue;
                }

                var d = c.Demand[col];
                var q = (double)_demands[d].Quantity;
                for (var t = c.TermStart[col]; t < c.TermStart[col + 1]; t++)
                {
                    var row = c.TermRow[t];
                    if (lastDemand[row] != d)
                    {
                        // A demand's columns all use the same unit coefficient on a row, and together carry at most its volume.
                        lastDemand[row] = d;
                        load[row] += q * c.TermCoefficient[t];
                    }
                }
            }

            for (var row = 0; row < load.Length; row++)
            {
                Binding[row] = load[row] > _capacities.Capacity(row) + 1e-9;
            }

            for (var d = 0; d < _demands.Count; d++)
            {
                var (from, until) = (_demandColumns[d], _demandColumns[d + 1]);
                for (var b = from; b < until; b++)
                {
                    for (var a = from; a < until && Active[b]; a++)
                    {
                        if (a != b && Active[a] && (c.Objective[a] < c.Objective[b] || (c.Objective[a] == c.Objective[b] && a < b)) && BindingRowsWithin(a, b))
                        {
                            Active[b] = false;
                            changed = true;
                        }
                    }
                }

                var remaining = -1;
                var count = 0;
                for (var col = from; col < until; col++)
                {
                    if (Active[col])
                    {
                        remaining = col;
                        count++;
                    }
                }

                Fixed[d] = count == 1 && BindingRowsWithin(remaining, -1) ? remaining : -1;
            }
        }

        for (var d = 0; d < _demands.Count; d++)
        {
            if (Fixed[d] >= 0)
            {
                Active[Fixed[d]] = false;
            }
        }
    }

    /// <summary>
    /// Whether every binding row column <paramref name="a"/> uses is also used by column <paramref name="b"/> (of the
    /// same demand, so with the same coefficient); with b = -1, whether a uses no binding row at all.
    /// </summary>
    private bool BindingRowsWithin(int a, int b)
    {
        var c = _columns;
        for (var t = c.TermStart[a]; t < c.TermStart[a + 1]; t++)
        {
            var row = c.TermRow[t];
            if (!Binding[row])
            {
                continue;
            }

            var found = false;
            for (var u = b < 0 ? 0 : c.TermStart[b]; b >= 0 && u < c.TermStart[b + 1] && !found; u++)
            {
                found = c.TermRow[u] == row;
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }
}
