using Google.OrTools.LinearSolver;

namespace Corridor.Logistics;

/// <summary>
/// One GLOP model over a chosen set of a plan model's columns: a demand row per demand in the solver (flows + unmet =
/// volume), the binding capacity rows the chosen columns use (≤ capacity), the chosen columns and an unmet variable
/// per demand at the unmet penalty. Demands the reduction ships outside the solver (<see cref="ModelReduction.Fixed"/>)
/// have no row. The C# API has no warm-start call (decision 014), but columns added with <see cref="Add"/> to a model
/// solved without presolve are solved from the previous basis (decision 016).
/// </summary>
/// <remarks>
/// Dual signs are GLOP's for a minimisation: a column's reduced cost is c − π_d − Σ y_r a_r, with π_d the dual of its
/// demand row and y_r ≤ 0 that of a capacity row (<c>PlanAllocatorTests.PlanLp_ReducedCostsFromDuals_MatchGlop</c>).
/// </remarks>
internal sealed class PlanLp : IDisposable
{
    private readonly Solver _solver;
    private readonly Objective _objective;
    private readonly Columns _columns;
    private readonly ModelReduction _reduction;
    private readonly CapacityBook _capacities;
    private readonly Constraint?[] _capacityRows;
    private readonly Constraint?[] _demandRows;
    private readonly Variable?[] _vars;
    private readonly Variable?[] _unmet;

    /// <param name="include">Columns to enter; a column of a fixed demand must not be included.</param>
    /// <param name="everyBindingRow">
    /// true creates every binding capacity row now, even those no included column uses, so that <see cref="Add"/> only
    /// adds columns (GLOP then keeps its basis); false creates a row with the first column that uses it.
    /// </param>
    public PlanLp(PlanRequest request, CapacityBook capacities, Columns columns, ModelReduction reduction, int[] demandColumns, bool[] include, string glopParameters, bool everyBindingRow)
    {
        var demands = request.Demands;
        _columns = columns;
        _reduction = reduction;
        _capacities = capacities;
        _solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools GLOP is not available.");
        if (!_solver.SetSolverSpecificParametersAsString(glopParameters))
        {
            _solver.Dispose();
            throw new ArgumentException($"GLOP does not accept the parameters \"{glopParameters}\".", nameof(glopParameters));
        }

        var objective = _objective = _solver.Objective();
        objective.SetMinimization();
        _capacityRows = new Constraint?[capacities.RowCount];
        _demandRows = new Constraint?[demands.Count];
        _vars = new Variable?[columns.Count];
        _unmet = new Variable?[demands.Count];
        if (everyBindingRow)
        {
            for (var row = 0; row < capacities.RowCount; row++)
            {
                if (reduction.Binding[row])
                {
                    _capacityRows[row] = _solver.MakeConstraint(double.NegativeInfinity, capacities.Capacity(row), "");
                }
            }
        }

        for (var d = 0; d < demands.Count; d++)
        {
            if (reduction.Fixed[d] >= 0)
            {
                continue;
            }

            var q = (double)demands[d].Quantity;
            var demandRow = _demandRows[d] = _solver.MakeConstraint(q, q, "");
            var unmet = _unmet[d] = _solver.MakeNumVar(0, double.PositiveInfinity, "");
            demandRow.SetCoefficient(unmet, 1);
            objective.SetCoefficient(unmet, (double)request.UnmetPenaltyUsd);
            for (var c = demandColumns[d]; c < demandColumns[d + 1]; c++)
            {
                if (!include[c])
                {
                    continue;
                }

                Enter(c);
            }
        }
    }

    /// <summary>
    /// Adds column <paramref name="c"/> of a demand in the solver. Solving again after only columns were added, GLOP
    /// without presolve starts from its last basis (the new columns nonbasic at 0, so still primal feasible).
    /// </summary>
    public void Add(int c) => Enter(c);

    /// <summary>Flow columns in the model (unmet variables not counted).</summary>
    public int ColumnCount { get; private set; }

    public bool IsEmpty => _solver.NumVariables() == 0;

    public long Iterations => _solver.Iterations();

    public Solver.ResultStatus Solve() => IsEmpty ? Solver.ResultStatus.OPTIMAL : _solver.Solve();

    /// <summary>Column <paramref name="c"/>'s flow, 0 when it is not in the model.</summary>
    public double Flow(int c) => _vars[c]?.SolutionValue() ?? 0;

    public bool Contains(int c) => _vars[c] is not null;

    /// <summary>Demand <paramref name="d"/>'s unmet volume, or null when the demand has no row.</summary>
    public double? Unmet(int d) => _unmet[d]?.SolutionValue();

    /// <summary>π_d, the dual of demand <paramref name="d"/>'s row (USD per unit), or null when it has no row.</summary>
    public double? DemandDual(int d) => _demandRows[d]?.DualValue();

    /// <summary>GLOP's dual of capacity row <paramref name="row"/> (≤ 0), 0 when the row is not in the model.</summary>
    public double CapacityDual(int row) => _capacityRows[row]?.DualValue() ?? 0;

    /// <summary>GLOP's reduced cost of column <paramref name="c"/>, which must be in the model.</summary>
    public double ReducedCost(int c) => _vars[c]!.ReducedCost();

    public void Dispose() => _solver.Dispose();

    private void Enter(int c)
    {
        var columns = _columns;
        var x = _vars[c] = _solver.MakeNumVar(0, double.PositiveInfinity, "");
        ColumnCount++;
        _demandRows[columns.Demand[c]]!.SetCoefficient(x, 1);
        _objective.SetCoefficient(x, columns.Objective[c]);
        for (var t = columns.TermStart[c]; t < columns.TermStart[c + 1]; t++)
        {
            var row = columns.TermRow[t];
            if (_reduction.Binding[row])
            {
                var constraint = _capacityRows[row] ??= _solver.MakeConstraint(double.NegativeInfinity, _capacities.Capacity(row), "");
                constraint.SetCoefficient(x, columns.TermCoefficient[t]);
            }
        }
    }
}
