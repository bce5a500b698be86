using Corridor.Logistics;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Logistics;

/// <summary>
/// The organisation's tracked shipments with their ETA, and — for the logistics roles — a form to track a new one along
/// a route option, through <see cref="ShipmentTracking"/> as <c>POST /api/logistics/shipments</c> does.
/// </summary>
public sealed class ShipmentsModel(ShipmentTracking tracking, CorridorDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public static readonly string[] Fields = ["reference", "from", "to", "vehicles", "ready", "due", "rank"];

    public IReadOnlyList<Shipment> Rows { get; private set; } = [];

    public bool LateOnly { get; private set; }

    public bool CanWrite { get; private set; }

    public IReadOnlyList<(string Code, string Name)> Nodes { get; private set; } = [];

    public FieldErrors Errors { get; } = new();

    public IReadOnlyDictionary<string, string> Input { get; private set; } = new Dictionary<string, string>();

    public string Value(string field, string otherwise = "") => Input.TryGetValue(field, out var v) ? v : otherwise;

    public string Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd");

    public async Task OnGetAsync(bool late, CancellationToken ct)
    {
        LateOnly = late;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteLogistics)).Succeeded)
        {
            return Forbid();
        }

        var f = Fields.ToDictionary(x => x, x => Request.Form[x].ToString().Trim());
        Input = f;
        if (f["reference"].Length == 0)
        {
            Errors.Add("reference", "a reference is required");
        }

        var vehicles = Errors.Number(f["vehicles"], "vehicles", required: true);
        if (vehicles is { } v && (v <= 0 || v != decimal.Truncate(v) || v > 100_000))
        {
            Errors.Add("vehicles", "give a whole number of vehicles between 1 and 100,000");
        }

        var rank = f["rank"].Length == 0 ? 1 : int.TryParse(f["rank"], out var r) && r is >= 1 and <= 10 ? r : 0;
        if (rank == 0)
        {
            Errors.Add("rank", "choose an option between 1 and 10");
        }

        var ready = Errors.Date(f["ready"], "ready", required: true);
        var due = Errors.Date(f["due"], "due", required: false);
        if (!Errors.Any)
        {
            var query = new RouteQueryDto(f["from"].ToUpperInvariant(), f["to"].ToUpperInvariant(), (int)vehicles!.Value, null, ready!.Value, due).ToRequest();
            var created = query.Succeeded
                ? await tracking.CreateAsync(f["reference"], query.Value, rank, ct)
                : new ShipmentCreation(null, query.Errors.Select(e => new Corridor.Common.FieldError(null, e)).ToList());
            if (created.Succeeded)
            {
                return Redirect($"/logistics/shipments/{created.Value.Id}");
            }

            foreach (var (field, error) in created.Refusals)
            {
                if (field is null)
                {
                    Errors.AddGeneral(error);
                }
                else
                {
                    Errors.Add(field, error);
                }
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rows = await tracking.ListAsync(LateOnly, ct);
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteLogistics)).Succeeded;
        if (CanWrite)
        {
            Nodes = (await db.Set<Node>().AsNoTracking().Select(n => new { n.Code, n.Name }).ToListAsync(ct))
                .Select(n => (n.Code, n.Name)).OrderBy(n => n.Name, StringComparer.Ordinal).ToList();
        }
    }
}
