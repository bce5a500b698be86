namespace Corridor.Logistics;

/// <summary>
/// A plan model before it is handed to GLOP: capacity rows, columns grouped by demand (demand d's columns are
/// <see cref="DemandColumns"/>[d] .. [d + 1]), the reduction's verdicts and, per demand, the reason given if it stays unmet.
/// </summary>
/// <param name="Start">Start of plan week 0.</param>
internal sealed record PlanModel(DateTimeOffset Start, CapacityBook Capacities, Columns Columns, ModelReduction Reduction, int[] DemandColumns, string[] Reasons);
