using System.Diagnostics;

namespace Corridor.Logistics;

/// <summary>Figures of one allocation, filled in by <see cref="PlanAllocator"/> for tests and benchmarks.</summary>
internal sealed class PlanAllocationTrace
{
    private readonly Dictionary<string, double> _seconds = [];
    private readonly List<string> _order = [];
    private long _lap = Stopwatch.GetTimestamp();

    /// <summary>Columns of the (reduced) model that could enter the solver.</summary>
    public int Columns { get; set; }

    /// <summary>Columns of the last LP solved (all of <see cref="Columns"/> without a restriction).</summary>
    public int RestrictedColumns { get; set; }

    /// <summary>LPs solved: 1 without a restriction, else 1 + the pricing rounds that added columns.</summary>
    public int PricingRounds { get; set; }

    public long SimplexIterations { get; set; }

    /// <summary>Columns each pricing round added (empty without a restriction or when the first LP was already optimal).</summary>
    public List<int> ColumnsAdded { get; } = [];

    /// <summary>Best Lagrangian lower bound and greedy upper bound of the solver's part of the model (USD; NaN when not run).</summary>
    public (double Lower, double Upper) LagrangianBounds { get; set; } = (double.NaN, double.NaN);

    /// <summary>π_d per demand of the request (USD per unit): the dual of its row, the cost of its column when the reduction ships it, or the unmet penalty.</summary>
    public double[] DemandDuals { get; set; } = [];

    /// <summary>Wall seconds per phase, in the order the phases first ended.</summary>
    public IEnumerable<(string Phase, double Seconds)> Phases => _order.Select(p => (p, _seconds[p]));

    /// <summary>Ends the current phase, charging the time since the previous lap to <paramref name="phase"/> (null: not charged).</summary>
    public void Lap(string? phase)
    {
        var now = Stopwatch.GetTimestamp();
        if (phase is not null)
        {
            if (!_seconds.ContainsKey(phase))
            {
                _order.Add(phase);
            }

            _seconds[phase] = _seconds.GetValueOrDefault(phase) + Stopwatch.GetElapsedTime(_lap, now).TotalSeconds;
        }

        _lap = now;
    }
}
