using System.Globalization;
using System.Text;
using Corridor.Logistics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Logistics;

/// <summary>
/// Scenario comparison: two scenarios (or the baseline) side by side on one reference shipment (best route's cost,
/// transit p50/p90, the route itself) and, when a demand plan is given, the plan's cost, unmet demand, mean utilisation
/// and bottlenecks — the same figures as <c>corridor scenario compare</c> (<see cref="ScenarioStore.KpisAsync"/>).
/// Comparing writes nothing, so every role may compare. The logistics roles also create and edit scenarios here
/// (<see cref="ScenarioStore.SaveAsync"/>, as <c>corridor scenario create</c> does): the changes are checked against the
/// baseline before anything is stored, and a refusal is shown next to its field.
/// </summary>
public sealed class ScenariosModel(ScenarioStore scenarios, TimeProvider clock, IAuthorizationService authorization) : PageModel
{
    /// <summary>The fields of the create/edit form.</summary>
    public static readonly string[] EditFields = ["name", "description", "changes"];

    public sealed record ScenarioRow(string Name, string? Description, IReadOnlyList<string> Changes);

    public sealed record KpiRow(string Key, string Label, string A, string B, string Difference);

    [BindProperty(SupportsGet = true)]
    public string? A { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? B { get; set; }

    [BindProperty(SupportsGet = true)]
    public string From { get; set; } = "IKCO-TEHRAN";

    [BindProperty(SupportsGet = true)]
    public string To { get; set; } = "RU-MOSCOW";

    [BindProperty(SupportsGet = true)]
    public int Vehicles { get; set; } = 100;

    [BindProperty(SupportsGet = true)]
    public DateOnly? Ready { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Demand { get; set; }

    public IReadOnlyList<ScenarioRow> Stored { get; private set; } = [];

    public IReadOnlyList<string> Names { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<KpiRow> Kpis { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public Corridor.Web.FieldErrors EditErrors { get; } = new();

    /// <summary>What the create/edit form holds: a stored scenario's (<c>?edit=NAME</c>), or what was sent after a refusal.</summary>
    public IReadOnlyDictionary<string, string> EditInput { get; private set; } = new Dictionary<string, string>();

    /// <summary>The name of the scenario being edited, when the form edits one.</summary>
    public string? Editing { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public string EditValue(string field) => EditInput.TryGetValue(field, out var v) ? v : "";

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Corridor.Web.Policies.WriteLogistics)).Succeeded)
        {
            return Forbid();
        }

        var f = EditFields.ToDictionary(x => x, x => Request.Form[x].ToString().Trim());
        EditInput = f;
        Editing = Request.Form["editing"].ToString() is { Length: > 0 } editing ? editing : null;
        if (f["name"].Length == 0)
        {
            EditErrors.Add("name", "give the scenario a name (letters, digits and hyphens)");
        }

        var changes = f["changes"].Length == 0 ? Corridor.Common.Result<List<ScenarioChange>>.Failure("give at least one change") : ScenarioStore.ParseChanges(f["changes"]);
        if (!changes.Succeeded)
        {
            foreach (var e in changes.Errors)
            {
                EditErrors.Add("changes", e);
            }
        }

        if (!EditErrors.Any)
        {
            var saved = await scenarios.SaveAsync(f["name"], f["description"], changes.Value, ct);
            if (saved.Succeeded)
            {
                Saved = $"Scenario {saved.Value.Name} saved with {changes.Value.Count} change(s).";
                return RedirectToPage(new { a = ScenarioStore.Baseline, b = saved.Value.Name });
            }

            foreach (var e in saved.Errors)
            {
                EditErrors.Add(e.Contains(ScenarioStore.Baseline, StringComparison.Ordinal) || e.StartsWith("name", StringComparison.Ordinal) ? "name" : "changes", e);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        A = B = null;
        await OnGetAsync(null, ct);
        return Page();
    }

    public async Task OnGetAsync(string? edit, CancellationToken ct)
    {
        var stored = await scenarios.ListAsync(ct);
        CanWrite = (await authorization.AuthorizeAsync(User, Corridor.Web.Policies.WriteLogistics)).Succeeded;
        if (CanWrite && edit is not null && stored.FirstOrDefault(s => string.Equals(s.Name, edit, StringComparison.OrdinalIgnoreCase)) is { } editing)
        {
            Editing = editing.Name;
            EditInput = new Dictionary<string, string> { ["name"] = editing.Name, ["description"] = editing.Description ?? "", ["changes"] = Pretty(editing.ChangesJson) };
        }

        Stored = stored.Select(s => new ScenarioRow(s.Name, s.Description, Describe(s.ChangesJson))).ToList();
        Names = [ScenarioStore.Baseline, .. stored.Select(s => s.Name)];
        Ready ??= NextMonday(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (string.IsNullOrWhiteSpace(A) || string.IsNullOrWhiteSpace(B))
        {
            A ??= ScenarioStore.Baseline;
            B ??= Names.Count > 1 ? Names[1] : ScenarioStore.Baseline;
            Demand ??= PlanModel.ExampleDemand;
            return;
        }

        var errors = new List<string>();
        if (Vehicles <= 0)
        {
            errors.Add("vehicles: give a positive number of vehicles for the reference shipment");
        }

        PlanRequest? plan = null;
        if (!string.IsNullOrWhiteSpace(Demand))
        {
            var input = PlanDemandCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(Demand.Trim())), "demand");
            var request = input.Succeeded ? PlanResultDto.ToRequest(input.Value) : Corridor.Common.Result<PlanRequest>.Failure(input.Errors);
            if (request.Succeeded)
            {
                plan = request.Value;
            }
            else
            {
                errors.AddRange(request.Errors);
            }
        }

        if (errors.Count == 0)
        {
            var route = new RouteRequest(From.Trim().ToUpperInvariant(), To.Trim().ToUpperInvariant(), Cargo.Vehicles(Vehicles), Ready.Value);
            var a = await scenarios.KpisAsync(A, route, plan, ct);
            var b = await scenarios.KpisAsync(B, route, plan, ct);
            errors.AddRange(a.Errors);
            errors.AddRange(b.Errors);
            if (a.Succeeded && b.Succeeded)
            {
                Kpis = Compare(a.Value, b.Value, plan is not null);
            }
        }

        Errors = errors;
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    private static string Pretty(string json)
    {
        var parsed = ScenarioStore.ParseChanges(json);
        return parsed.Succeeded
            ? System.Text.Json.JsonSerializer.Serialize(parsed.Value, new System.Text.Json.JsonSerializerOptions(ScenarioStore.Json) { WriteIndented = true })
            : json;
    }

    /// <summary>The first Monday after <paramref name="today"/> (a week later when today is a Monday).</summary>
    public static DateOnly NextMonday(DateOnly today)
    {
        var days = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(days == 0 ? 7 : days);
    }

    private static List<KpiRow> Compare(ScenarioKpis a, ScenarioKpis b, bool withPlan)
    {
        var rows = new List<KpiRow>
        {
            Number("route-cost", "Best route cost (USD)", (double?)a.BestRouteCostUsd, (double?)b.BestRouteCostUsd, "N2"),
            Number("transit-p50", "Best route transit, median (days)", a.BestRouteTransitDaysP50, b.BestRouteTransitDaysP50, "0.00"),
            Number("transit-p90", "Best route transit, 90th percentile (days)", a.BestRouteTransitDaysP90, b.BestRouteTransitDaysP90, "0.00"),
            Number("options", "Route options found", a.RouteOptions, b.RouteOptions, "0"),
            new("best-route", "Best route", a.BestRoute ?? "none", b.BestRoute ?? "none", a.BestRoute == b.BestRoute ? "same" : "different"),
        };
        if (withPlan)
        {
            rows.Add(Number("plan-cost", "Plan cost incl. penalties (USD)", a.PlanTotalCostUsd, b.PlanTotalCostUsd, "N2"));
            rows.Add(Number("plan-unmet", "Plan unmet demand (units)", a.PlanUnmet, b.PlanUnmet, "0.###"));
            rows.Add(Number("plan-utilisation", "Plan mean utilisation of used capacity", a.PlanMeanUtilisation * 100, b.PlanMeanUtilisation * 100, "0.0", "%"));
            rows.Add(Number("plan-bottlenecks", "Plan bottleneck link-weeks", a.PlanBottlenecks, b.PlanBottlenecks, "0"));
        }

        return rows;
    }

    private static KpiRow Number(string key, string label, double? a, double? b, string format, string suffix = "")
    {
        string Text(double? v) => v is { } x ? x.ToString(format, CultureInfo.InvariantCulture) + suffix : "—";
        var diff = a is { } x && b is { } y ? ((y - x) >= 0 ? "+" : "") + (y - x).ToString(format, CultureInfo.InvariantCulture) + suffix : "—";
        return new KpiRow(key, label, Text(a), Text(b), diff);
    }

    private static List<string> Describe(string json)
    {
        var parsed = ScenarioStore.ParseChanges(json);
        if (!parsed.Succeeded)
        {
            return [string.Join("; ", parsed.Errors)];
        }

        return parsed.Value.Select(c => c.Kind switch
        {
            ScenarioChangeKind.LinkCapacity => $"capacity of {c.From}–{c.To} {c.Mode?.ToText()}: {c.CapacityVehiclesPerWeek?.ToString(CultureInfo.InvariantCulture) ?? "-"} vehicles, {c.CapacityTonnesPerWeek?.ToString(CultureInfo.InvariantCulture) ?? "-"} t a week",
            ScenarioChangeKind.BorderDelay => $"border {c.Node}: dwell median {c.MedianDelayHours} h, p90 {c.P90DelayHours} h",
            ScenarioChangeKind.LinkClosed => $"{c.From}–{c.To} {c.Mode?.ToText()} closed [{c.ClosedFrom:yyyy-MM-dd}, {c.ClosedUntil:yyyy-MM-dd})",
            ScenarioChangeKind.NewLink => $"new {c.Mode?.ToText()} link {c.From}–{c.To}, {c.DistanceKm} km, {c.TransitHours} h",
            ScenarioChangeKind.NodeFacilities => $"{c.Node}: gauges {c.Gauges}, transfers {c.Transshipments}",
            _ => c.Kind.ToString(),
        }).ToList();
    }
}
