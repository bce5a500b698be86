using System.Globalization;
using Corridor.Logistics;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Corridor.Pages.Logistics;

/// <summary>
/// One tracked shipment: its planned legs, the timeline of reported events, the estimated arrival as recomputed after
/// the last one, and — for the logistics roles — a form to record an event, through <see cref="ShipmentTracking.RecordAsync"/>
/// as <c>POST /api/logistics/shipments/{id}/events</c> does. A refused event is shown next to its field; nothing is written.
/// </summary>
public sealed class ShipmentModel(ShipmentTracking tracking, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public static readonly string[] Fields = ["kind", "node", "at", "delayHours", "note"];

    public static readonly (ShipmentEventKind Kind, string Label)[] Kinds =
    [
        (ShipmentEventKind.Departed, "Departed from"),
        (ShipmentEventKind.Arrived, "Arrived at"),
        (ShipmentEventKind.BorderCleared, "Cleared the border at"),
        (ShipmentEventKind.Delayed, "Delayed at"),
        (ShipmentEventKind.Delivered, "Delivered at"),
    ];

    public Shipment Shipment { get; private set; } = null!;

    public bool CanWrite { get; private set; }

    public FieldErrors Errors { get; } = new();

    public IReadOnlyDictionary<string, string> Input { get; private set; } = new Dictionary<string, string>();

    [TempData]
    public string? Done { get; set; }

    public string Value(string field, string otherwise = "") => Input.TryGetValue(field, out var v) ? v : otherwise;

    public string Now => clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    public static string Label(ShipmentEventKind kind) => Kinds.First(k => k.Kind == kind).Label;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ShowAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostEventAsync(Guid id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteLogistics)).Succeeded)
        {
            return Forbid();
        }

        if (await tracking.FindAsync(id, ct) is not { } before)
        {
            return NotFound();
        }

        var f = Fields.ToDictionary(x => x, x => Request.Form[x].ToString().Trim());
        Input = f;
        var kind = Kinds.Select(k => (ShipmentEventKind?)k.Kind).FirstOrDefault(k => string.Equals(k.ToString(), f["kind"], StringComparison.OrdinalIgnoreCase));
        if (kind is null)
        {
            Errors.Add("kind", "choose what happened");
        }

        DateTimeOffset? at = null;
        if (f["at"].Length == 0)
        {
            Errors.Add("at", "give the time it happened (UTC)");
        }
        else if (DateTime.TryParseExact(f["at"], ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && local.Year is >= 1900 and <= 2199)
        {
            at = new DateTimeOffset(local, TimeSpan.Zero);
        }
        else
        {
            Errors.Add("at", $"'{f["at"]}' is not a time (YYYY-MM-DD HH:MM, UTC)");
        }

        var delay = Errors.Number(f["delayHours"], "delayHours", required: false);
        if (f["note"].Length > 500)
        {
            Errors.Add("note", "at most 500 characters");
        }

        if (!Errors.Any)
        {
            var eta = before.Eta;
            var result = await tracking.RecordAsync(id, kind!.Value, f["node"], at!.Value, delay, f["note"], ct);
            if (result.Succeeded)
            {
                var after = await tracking.FindAsync(id, ct);
                Done = $"{Label(kind.Value)} {result.Value.Node} at {at.Value.UtcDateTime:yyyy-MM-dd HH:mm} UTC recorded; estimated arrival {after!.Eta.UtcDateTime:yyyy-MM-dd HH:mm} UTC (was {eta.UtcDateTime:yyyy-MM-dd HH:mm} UTC).";
                return Redirect($"/logistics/shipments/{id}");
            }

            foreach (var error in result.Errors)
            {
                Errors.Add(error.Contains("hours", StringComparison.Ordinal) ? "delayHours" : error.Contains("already delivered", StringComparison.Ordinal) ? "kind" : "node", error);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ShowAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> ShowAsync(Guid id, CancellationToken ct)
    {
        if (await tracking.FindAsync(id, ct) is not { } shipment)
        {
            return false;
        }

        Shipment = shipment;
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteLogistics)).Succeeded;
        return true;
    }
}
