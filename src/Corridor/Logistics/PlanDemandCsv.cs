using Corridor.Common;
using Corridor.Import;

namespace Corridor.Logistics;

/// <summary>
/// A demand plan as CSV (<c>from,to,vehicles,tonnes,week,due</c>, one of vehicles/tonnes per row, dates YYYY-MM-DD),
/// as <c>corridor plan --demand</c> and the plan page take it. Every bad row is reported as <c>file:line: field: message</c>.
/// </summary>
public static class PlanDemandCsv
{
    public static readonly IReadOnlyList<string> Header = ["from", "to", "vehicles", "tonnes", "week", "due"];

    public static Result<PlanInputDto> Read(string path) =>
        File.Exists(path) ? ReadOpened(File.OpenRead(path), Path.GetFileName(path)) : Result<PlanInputDto>.Failure($"{path}: no such file");

    /// <summary>Reads a stream (disposed afterwards); <paramref name="displayName"/> names it in errors.</summary>
    public static Result<PlanInputDto> Read(Stream stream, string displayName) => ReadOpened(stream, displayName);

    private static Result<PlanInputDto> ReadOpened(Stream stream, string displayName)
    {
        var errors = new List<ImportError>();
        var demands = new List<PlanDemandDto>();
        using (stream)
        {
            foreach (var row in CsvTable.Read(stream, displayName, Header, errors))
            {
                var from = row.Required("from").ToUpperInvariant();
                var to = row.Required("to").ToUpperInvariant();
                var vehicles = row.OptionalInt("vehicles");
                var tonnes = row.OptionalDecimal("tonnes");
                if ((vehicles is null) == (tonnes is null))
                {
                    row.Error("vehicles", "give exactly one of vehicles and tonnes");
                }

                var week = row.RequiredDate("week");
                var due = row.RequiredDate("due");
                if (row.IsValid)
                {
                    demands.Add(new PlanDemandDto(from, to, vehicles, tonnes, week, due));
                }
            }
        }

        if (errors.Count == 0 && demands.Count == 0)
        {
            return Result<PlanInputDto>.Failure($"{displayName}: the plan has no demand rows");
        }

        return errors.Count > 0
            ? Result<PlanInputDto>.Failure(errors.Select(e => e.ToString()).ToList())
            : Result<PlanInputDto>.Success(new PlanInputDto(demands));
    }
}
