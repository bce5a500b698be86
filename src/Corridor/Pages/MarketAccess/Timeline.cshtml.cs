using Corridor.MarketAccess;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.MarketAccess;

public sealed class TimelineModel(MarketAccessService service, CertificateRegistry registry) : PageModel
{
    public string? Model { get; private set; }

    public string? Market { get; private set; }

    public IReadOnlyList<string> Models { get; private set; } = [];

    public IReadOnlyList<TimelineInterval> Intervals { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public DateOnly ChartStart { get; private set; }

    public DateOnly ChartEnd { get; private set; }

    public DateOnly Today => registry.Today;

    public async Task OnGetAsync(string? model, string? market, CancellationToken ct)
    {
        Models = (await service.ModelsAsync(ct)).Select(m => m.Code).ToList();
        Model = model?.Trim().ToUpperInvariant();
        Market = market?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(Model) || string.IsNullOrEmpty(Market))
        {
            return;
        }

        var result = await service.TimelineAsync(Model, Market, null, null, ct);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            return;
        }

        Intervals = result.Value;
        ChartStart = MarketAccessService.DefaultTimelineStart;
        var last = Intervals.Select(i => i.Until ?? i.From).Append(Today).Max();
        ChartEnd = new DateOnly(last.Year + 2, 1, 1);
    }

    /// <summary>Horizontal position of a day on a chart <paramref name="width"/> units wide.</summary>
    public double X(DateOnly day, double width) =>
        Math.Clamp((day.DayNumber - ChartStart.DayNumber) / (double)(ChartEnd.DayNumber - ChartStart.DayNumber), 0, 1) * width;
}
