using Corridor.Logistics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Logistics;

/// <summary>Route options for a shipment: a GET form and the ranked options with legs, ETAs, cost and CO₂.</summary>
public sealed class RoutesModel(NetworkStore network) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; } = "IKCO-TEHRAN";

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; } = "RU-MOSCOW";

    [BindProperty(SupportsGet = true)]
    public int Vehicles { get; set; } = 300;

    [BindProperty(SupportsGet = true)]
    public DateOnly? Ready { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Due { get; set; }

    [BindProperty(SupportsGet = true)]
    public RouteObjective Objective { get; set; } = RouteObjective.Balanced;

    public RouteAnswer? Answer { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Ready is null || string.IsNullOrWhiteSpace(From) || string.IsNullOrWhiteSpace(To) || Vehicles <= 0)
        {
            return;
        }

        Answer = await network.RouteAsync(new RouteRequest(From, To, Cargo.Vehicles(Vehicles), Ready.Value) { Due = Due, Objective = Objective }, ct);
    }
}
