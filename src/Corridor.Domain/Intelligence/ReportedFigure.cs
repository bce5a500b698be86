using Corridor.Common;

namespace Corridor.Intelligence;

/// <summary>
/// A figure as reported by an article or report — not a recorded transaction. Shown next to recorded
/// figures and always labelled as reported. Shared reference data. The period is half-open <c>[From, Until)</c>.
/// </summary>
public sealed class ReportedFigure
{
    private ReportedFigure()
    {
        Key = Subject = Metric = Unit = Quote = Source = "";
    }

    public ReportedFigure(string key, string subject, string metric, decimal value, string unit, DateOnly? periodFrom, DateOnly? periodUntil, string quote, string source, string? assumption)
    {
        if (periodFrom is { } f && periodUntil is { } u && u <= f)
        {
            throw new ArgumentException($"period_until {u:yyyy-MM-dd} is not after period_from {f:yyyy-MM-dd}.", nameof(periodUntil));
        }

        Key = Guard.Text(key, "id", 100).ToLowerInvariant();
        Subject = Guard.Text(subject, "subject");
        Metric = Guard.Text(metric, "metric");
        Value = value;
        Unit = Guard.Text(unit, "unit", 60);
        PeriodFrom = periodFrom;
        PeriodUntil = periodUntil;
        Quote = quote?.Trim() ?? "";
        Source = Guard.Text(source, "source", 500);
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption.Trim();
    }

    public string Key { get; private set; }

    public string Subject { get; private set; }

    public string Metric { get; private set; }

    public decimal Value { get; private set; }

    public string Unit { get; private set; }

    public DateOnly? PeriodFrom { get; private set; }

    public DateOnly? PeriodUntil { get; private set; }

    public string Quote { get; private set; }

    public string Source { get; private set; }

    public string? Assumption { get; private set; }

    public bool UpdateFrom(ReportedFigure o)
    {
        var changed = Subject != o.Subject || Metric != o.Metric || Value != o.Value || Unit != o.Unit || PeriodFrom != o.PeriodFrom
            || PeriodUntil != o.PeriodUntil || Quote != o.Quote || Source != o.Source || Assumption != o.Assumption;
        (Subject, Metric, Value, Unit, PeriodFrom, PeriodUntil) = (o.Subject, o.Metric, o.Value, o.Unit, o.PeriodFrom, o.PeriodUntil);
        (Quote, Source, Assumption) = (o.Quote, o.Source, o.Assumption);
        return changed;
    }
}
