using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Intelligence;

/// <summary><c>reported-figures.csv</c>: figures as reported by articles, with the quote they come from.</summary>
public sealed class ReportedFigureImporter : CsvEntityImporter<ReportedFigure>
{
    public override string FileName => "reported-figures.csv";

    public override int Order => 20;

    public override bool OrganisationScoped => false;

    protected override IReadOnlyList<string> Header { get; } =
        ["id", "subject", "metric", "value", "unit", "period_from", "period_until", "quote", "source", "assumption"];

    protected override string KeyColumn => "id";

    protected override ReportedFigure? Parse(CsvRow row, ImportContext context)
    {
        var id = row.Required("id");
        var subject = row.Required("subject");
        var metric = row.Required("metric");
        var value = row.RequiredDecimal("value", allowNegative: true);
        var unit = row.Required("unit");
        var from = row.OptionalDate("period_from");
        var until = row.OptionalDate("period_until");
        var source = row.Required("source");
        return row.Build(() => new ReportedFigure(id, subject, metric, value, unit, from, until, row.Optional("quote") ?? "", source, row.Optional("assumption")));
    }

    protected override string KeyOf(ReportedFigure entity) => entity.Key;

    protected override Task<Dictionary<string, ReportedFigure>> LoadExistingAsync(CorridorDbContext db, CancellationToken ct) =>
        db.ReportedFigures.ToDictionaryAsync(m => m.Key, StringComparer.OrdinalIgnoreCase, ct);

    protected override bool Update(ReportedFigure existing, ReportedFigure incoming) => existing.UpdateFrom(incoming);

    protected override async Task<IReadOnlyList<string?[]>> RowsForExportAsync(CorridorDbContext db, CancellationToken ct) =>
        (await db.ReportedFigures.AsNoTracking().OrderBy(f => f.Key).ToListAsync(ct))
            .Select(f => new[] { f.Key, f.Subject, f.Metric, Num(f.Value), f.Unit, Day(f.PeriodFrom), Day(f.PeriodUntil), f.Quote, f.Source, f.Assumption }).ToList();
}
