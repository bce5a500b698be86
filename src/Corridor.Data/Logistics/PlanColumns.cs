namespace Corridor.Logistics;

/// <summary>
/// The flow variables of a plan model in managed arrays, grouped by demand: for each column its demand, route, ship
/// week, weeks late, freight per unit, objective coefficient and capacity terms (row, coefficient) in a flat list.
/// Terms are added first and the column is then closed (kept) or discarded.
/// </summary>
internal sealed class Columns
{
    public List<int> Demand { get; } = [];

    public List<PlanPath> Path { get; } = [];

    public List<int> Week { get; } = [];

    public List<int> Late { get; } = [];

    public List<double> UnitCost { get; } = [];

    public List<double> Objective { get; } = [];

    /// <summary>Column c's terms are TermRow[TermStart[c] .. TermStart[c + 1]).</summary>
    public List<int> TermStart { get; } = [0];

    public List<int> TermRow { get; } = [];

    public List<double> TermCoefficient { get; } = [];

    public int Count => Demand.Count;

    public void AddTerm(int row, double coefficient)
    {
        TermRow.Add(row);
        TermCoefficient.Add(coefficient);
    }

    public void Close(int demand, PlanPath path, int week, int late, double unitCost, double objective)
    {
        Demand.Add(demand);
        Path.Add(path);
        Week.Add(week);
        Late.Add(late);
        UnitCost.Add(unitCost);
        Objective.Add(objective);
        TermStart.Add(TermRow.Count);
    }

    /// <summary>Forgets the terms added since the last column was closed.</summary>
    public void Discard()
    {
        var from = TermStart[^1];
        TermRow.RemoveRange(from, TermRow.Count - from);
        TermCoefficient.RemoveRange(from, TermCoefficient.Count - from);
    }
}
