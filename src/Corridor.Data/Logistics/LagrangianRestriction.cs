namespace Corridor.Logistics;

/// <summary>
/// Chooses which columns of a reduced plan model enter a restricted LP (decision 016), from an estimate of the capacity
/// rows' prices by Lagrangian relaxation. With prices λ_r ≥ 0 on the binding capacity rows, the plan model falls apart
/// into one problem per demand: ship all of it on the column with the lowest c_j + Σ_r λ_r a_rj, or leave it unmet at
/// the penalty. The dual function L(λ) = Σ_d q_d · min(penalty, min_j c_j + λ·a_j) − Σ_r λ_r cap_r is a lower bound
/// of the LP's optimum and is maximised by projected subgradient steps λ_r ← max(0, λ_r + t (load_r − cap_r)), with
/// Polyak's step t = θ (UB − L(λ)) / ‖g‖² towards the cost UB of a greedy feasible allocation, θ halved when L stops
/// rising, the direction deflected by the previous one, and λ_r capped where no column would use the row any more.
/// </summary>
/// <remarks>
/// The result is only a guess at the LP's support: the caller verifies it by pricing every excluded column with the
/// restricted LP's duals and adds the ones with a negative reduced cost (<see cref="PlanAllocator"/>), so the choice
/// decides how fast the allocation is, never what it returns.
/// </remarks>
internal sealed class LagrangianRestriction
{
    private const int Iterations = 300;

    /// <summary>Iterations without a better L(λ) after which the step factor θ is halved.</summary>
    private const int Patience = 30;

    /// <summary>Share of the previous direction kept in the next (deflected subgradient).</summary>
    private const double Deflection = 0.7;

    private const int GreedyEvery = 25;

    private readonly double _penalty;
    private readonly int[] _demandStart;
    private readonly double[] _quantity;
    private readonly int[] _column;
    private readonly double[] _cost;
    private readonly int[] _termStart;
    private readonly int[] _termRow;
    private readonly double[] _termCoefficient;
    private readonly double[] _capacity;
    private readonly double[] _ceiling;
    private readonly double[][] _blockLoads;

    /// <summary>Flattens the solver's part of the model: demands not fixed, their active columns, binding rows renumbered densely.</summary>
    public LagrangianRestriction(Columns columns, ModelReduction reduction, CapacityBook capacities, IReadOnlyList<PlanDemand> demands, int[] demandColumns, double penalty)
    {
        _penalty = penalty;
        var dense = new int[capacities.RowCount];
        var capacity = new List<double>();
        for (var row = 0; row < dense.Length; row++)
        {
            dense[row] = -1;
            if (reduction.Binding[row])
            {
                dense[row] = capacity.Count;
                capacity.Add(capacities.Capacity(row));
            }
        }

        _capacity = [.. capacity];
        var demandStart = new List<int> { 0 };
        var quantity = new List<double>();
        var column = new List<int>();
        var cost = new List<double>();
        var termStart = new List<int> { 0 };
        var termRow = new List<int>();
        var termCoefficient = new List<double>();
        for (var d = 0; d < demands.Count; d++)
        {
            if (reduction.Fixed[d] >= 0)
            {
                continue;
            }

            for (var c = demandColumns[d]; c < demandColumns[d + 1]; c++)
            {
                if (!reduction.Active[c])
                {
                    continue;
                }

                column.Add(c);
                cost.Add(columns.Objective[c]);
                for (var t = columns.TermStart[c]; t < columns.TermStart[c + 1]; t++)
                {
                    var row = dense[columns.TermRow[t]];
                    if (row >= 0)
                    {
                        termRow.Add(row);
                        termCoefficient.Add(columns.TermCoefficient[t]);
                    }
                }

                termStart.Add(termRow.Count);
            }

            if (column.Count > demandStart[^1])
            {
                quantity.Add((double)demands[d].Quantity);
                demandStart.Add(column.Count);
            }
        }

        (_demandStart, _quantity, _column, _cost) = ([.. demandStart], [.. quantity], [.. column], [.. cost]);

        // Above (penalty − c_j) / a_rj for every column j using row r, no demand would use r rather than stay unmet, so
        // the row would be slack and an optimal dual prices it at 0: the LP's duals lie below this ceiling.
        _ceiling = new double[_capacity.Length];
        for (var j = 0; j < _cost.Length; j++)
        {
            for (var t = termStart[j]; t < termStart[j + 1]; t++)
            {
                _ceiling[termRow[t]] = Math.Max(_ceiling[termRow[t]], (penalty - _cost[j]) / termCoefficient[t]);
            }
        }

        (_termStart, _termRow, _termCoefficient) = ([.. termStart], [.. termRow], [.. termCoefficient]);
        var blocks = _termRow.Length < 100_000 ? 1 : Math.Min(Environment.ProcessorCount, 4);
        _blockLoads = Enumerable.Range(0, blocks).Select(_ => new double[_capacity.Length]).ToArray();
    }

    /// <summary>Best lower bound L(λ) found (USD, the solver's part of the model only).</summary>
    public double LowerBound { get; private set; } = double.NegativeInfinity;

    /// <summary>Lowest cost of the greedy feasible allocations (USD, the solver's part of the model only).</summary>
    public double UpperBound { get; private set; } = double.PositiveInfinity;

    /// <summary>
    /// Marks in <paramref name="include"/> (indexed like the model's columns) each demand's cheapest column at the best
    /// λ found and every column that was its demand's cheapest in the second half of the iterations.
    /// </summary>
    public void Choose(bool[] include)
    {
        var lambda = new double[_capacity.Length];
        var best = new double[_capacity.Length];
        var load = new double[_capacity.Length];
        var direction = new double[_capacity.Length];
        var choice = new int[_quantity.Length];
        var lastChosen = new int[_column.Length];
        Array.Fill(lastChosen, -1);
        var theta = 1.0;
        var sinceImprovement = 0;
        var it = 0;
        for (; it < Iterations; it++)
        {
            var value = Relax(lambda, choice, load);
            foreach (var j in choice)
            {
                if (j >= 0)
                {
                    lastChosen[j] = it;
                }
            }

            if (value > LowerBound)
            {
                LowerBound = value;
                lambda.CopyTo(best, 0);
                sinceImprovement = 0;
            }
            else if (++sinceImprovement >= Patience)
            {
                theta /= 2;
                sinceImprovement = 0;
            }

            if (it % GreedyEvery == 0)
            {
                UpperBound = Math.Min(UpperBound, Greedy(lambda));
            }

            // Deflected, projected subgradient: a row priced at 0 with room to spare has no direction to go, and
            // keeping part of the previous direction damps the zig-zag between crowded rows.
            var norm = 0.0;
            for (var r = 0; r < load.Length; r++)
            {
                var g = load[r] - _capacity[r];
                direction[r] = (lambda[r] <= 0 && g < 0 ? 0 : g) + (Deflection * direction[r]);
                if (lambda[r] <= 0 && direction[r] < 0)
                {
                    direction[r] = 0;
                }

                norm += direction[r] * direction[r];
            }

            if (norm <= 0 || UpperBound - value <= 1e-9 * Math.Abs(UpperBound))
            {
                break;
            }

            var step = theta * (UpperBound - value) / norm;
            for (var r = 0; r < lambda.Length; r++)
            {
                lambda[r] = Math.Clamp(lambda[r] + (step * direction[r]), 0, _ceiling[r]);
            }
        }

        var recent = it - (Iterations / 2);
        for (var i = 0; i < _quantity.Length; i++)
        {
            var (cheapest, arg) = (_penalty, -1);
            for (var j = _demandStart[i]; j < _demandStart[i + 1]; j++)
            {
                var v = Priced(j, best);
                if (v < cheapest)
                {
                    (cheapest, arg) = (v, j);
                }

                include[_column[j]] |= lastChosen[j] >= recent;
            }

            if (arg >= 0)
            {
                include[_column[arg]] = true;
            }
        }
    }

    /// <summary>
    /// L(λ); the cheapest option of each demand (column index, -1 for unmet) and the rows' loads under it. The demands
    /// are split into one contiguous block per core, each with its own loads, summed in block order.
    /// </summary>
    private double Relax(double[] lambda, int[] choice, double[] load)
    {
        var value = 0.0;
        for (var r = 0; r < lambda.Length; r++)
        {
            value -= lambda[r] * _capacity[r];
        }

        var values = new double[_blockLoads.Length];
        Parallel.For(0, _blockLoads.Length, b =>
        {
            var blockLoad = _blockLoads[b];
            Array.Clear(blockLoad);
            var sum = 0.0;
            var (from, until) = (_quantity.Length * b / _blockLoads.Length, _quantity.Length * (b + 1) / _blockLoads.Length);
            for (var i = from; i < until; i++)
            {
                var (cheapest, arg) = (_penalty, -1);
                for (var j = _demandStart[i]; j < _demandStart[i + 1]; j++)
                {
                    var v = Priced(j, lambda);
                    if (v < cheapest)
                    {
                        (cheapest, arg) = (v, j);
                    }
                }

                sum += _quantity[i] * cheapest;
                choice[i] = arg;
                if (arg >= 0)
                {
                    for (var t = _termStart[arg]; t < _termStart[arg + 1]; t++)
                    {
                        blockLoad[_termRow[t]] += _quantity[i] * _termCoefficient[t];
                    }
                }
            }

            values[b] = sum;
        });

        Array.Clear(load);
        for (var b = 0; b < _blockLoads.Length; b++)
        {
            value += values[b];
            for (var r = 0; r < load.Length; r++)
            {
                load[r] += _blockLoads[b][r];
            }
        }

        return value;
    }

    /// <summary>
    /// Cost of a feasible allocation: demands in order, each filling its columns cheapest first under λ (so that
    /// the relaxation's prices steer it away from crowded rows) up to the room left, the rest unmet.
    /// </summary>
    private double Greedy(double[] lambda)
    {
        var room = (double[])_capacity.Clone();
        var order = new List<(double Price, int Column)>();
        var cost = 0.0;
        for (var i = 0; i < _quantity.Length; i++)
        {
            order.Clear();
            for (var j = _demandStart[i]; j < _demandStart[i + 1]; j++)
            {
                order.Add((Priced(j, lambda), j));
            }

            order.Sort();
            var left = _quantity[i];
            foreach (var (_, j) in order)
            {
                var x = left;
                for (var t = _termStart[j]; t < _termStart[j + 1]; t++)
                {
                    x = Math.Min(x, Math.Max(0, room[_termRow[t]]) / _termCoefficient[t]);
                }

                if (x <= 0)
                {
                    continue;
                }

                for (var t = _termStart[j]; t < _termStart[j + 1]; t++)
                {
                    room[_termRow[t]] -= x * _termCoefficient[t];
                }

                cost += x * _cost[j];
                left -= x;
                if (left <= 0)
                {
                    break;
                }
            }

            cost += left * _penalty;
        }

        return cost;
    }

    private double Priced(int j, double[] lambda)
    {
        var v = _cost[j];
        for (var t = _termStart[j]; t < _termStart[j + 1]; t++)
        {
            v += lambda[_termRow[t]] * _termCoefficient[t];
        }

        return v;
    }
}
