using System.Text;
using Corridor.Logistics;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Logistics;

/// <summary>
/// Plan results: a demand plan (an uploaded CSV, or the text in the box) allocated with OR-Tools on the baseline or a
/// scenario; flows per route and ship week, capacity use per link and departure week, unmet demand and bottlenecks with
/// their marginal values. Running a plan needs the same role as <c>POST /api/logistics/plans</c> (logistics planner or admin).
/// </summary>
public sealed class PlanModel(ScenarioStore scenarios, IAuthorizationService authorization) : PageModel
{
    /// <summary>The example plan of docs/examples/plan-demand.csv, offered in the box.</summary>
    public const string ExampleDemand = """
        from,to,vehicles,tonnes,week,due
        IKCO-TEHRAN,RU-MOSCOW,300,,2027-04-05,2027-04-26
        IKCO-TEHRAN,RU-MOSCOW,300,,2027-04-12,2027-05-03
        SAIPA-TEHRAN,RU-MOSCOW,200,,2027-04-05,2027-04-26
        SAIPA-TEHRAN,BY-MINSK,100,,2027-04-12,2027-05-10
        IKCO-TEHRAN,RU-ASTRAKHAN,,400,2027-04-05,2027-04-30
        """;

    /// <summary>Uploads above this size are refused before parsing.</summary>
    public const long MaxUploadBytes = 1 << 20;

    [BindProperty]
    public string? Demand { get; set; } = ExampleDemand;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Scenario { get; set; } = ScenarioStore.Baseline;

    public IReadOnlyList<string> Scenarios { get; private set; } = [];

    public bool CanRun { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public PlanResultDto? Result { get; private set; }

    public string? Source { get; private set; }

    /// <summary>Each demand of the plan with what the solution ships and leaves unmet (numbered from 1, as on the page).</summary>
    public IReadOnlyList<DemandRow> Demands { get; private set; } = [];

    public sealed record DemandRow(int Number, string From, string To, double Quantity, string Unit, DateOnly Week, DateOnly Due, double Shipped, double Unmet);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteLogistics)).Succeeded)
        {
            return Forbid();
        }

        await LoadAsync(ct);
        var input = ReadInput();
        if (input.Succeeded)
        {
            var request = PlanResultDto.ToRequest(input.Value);
            var network = request.Succeeded ? await scenarios.NetworkAsync(Scenario, ct) : null;
            if (!request.Succeeded)
            {
                Errors = request.Errors;
            }
            else if (!network!.Succeeded)
            {
                Errors = network.Errors;
            }
            else
            {
                var result = PlanResultDto.From(PlanAllocator.Allocate(new NetworkGraph(network.Value), request.Value));
                Demands = request.Value.Demands.Select((d, i) => new DemandRow(i + 1, d.Origin, d.Destination, (double)d.Quantity, d.Vehicles ? "vehicles" : "tonnes", d.Week, d.Due,
                    result.Flows.Where(f => f.Demand == i).Sum(f => f.Quantity), result.Unmet.Where(u => u.Demand == i).Sum(u => u.Quantity))).ToList();
                Result = result;
            }
        }
        else
        {
            Errors = input.Errors;
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    private Corridor.Common.Result<PlanInputDto> ReadInput()
    {
        if (Upload is { Length: > 0 } file)
        {
            if (file.Length > MaxUploadBytes)
            {
                return Corridor.Common.Result<PlanInputDto>.Failure($"{file.FileName}: the file is larger than {MaxUploadBytes / 1024} KiB");
            }

            Source = Path.GetFileName(file.FileName);
            return PlanDemandCsv.Read(file.OpenReadStream(), Source);
        }

        if (string.IsNullOrWhiteSpace(Demand))
        {
            return Corridor.Common.Result<PlanInputDto>.Failure("give a demand plan: upload a CSV file or type it in the box");
        }

        Source = "demand";
        return PlanDemandCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(Demand.Trim())), Source);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        CanRun = (await authorization.AuthorizeAsync(User, Policies.WriteLogistics)).Succeeded;
        Scenarios = [ScenarioStore.Baseline, .. (await scenarios.ListAsync(ct)).Select(s => s.Name)];
    }
}
