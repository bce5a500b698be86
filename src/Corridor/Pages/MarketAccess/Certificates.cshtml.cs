using Corridor.Catalog;
using Corridor.MarketAccess;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.MarketAccess;

/// <summary>
/// The organisation's certificate registry with filters, and for the market-access roles the writes the API offers:
/// record a certificate, renew one (its successor), and change a status (suspend, reinstate, revoke), all through
/// <see cref="CertificateRegistry"/> as <c>/api/access/certificates</c> does. Bad input is shown next to its field and
/// nothing is written; every post checks the policy again.
/// </summary>
public sealed class CertificatesModel(CertificateRegistry registry, CorridorDbContext db, IAuthorizationService authorization) : PageModel
{
    public static readonly string[] AddFields = ["model", "market", "kind", "number", "issuer", "issuedOn", "expiresOn", "emissionClass", "source", "assumption"];

    public static readonly string[] StatusFields = ["status", "from", "reason"];

    public CertificateFilter Filter { get; private set; } = new();

    public IReadOnlyList<CertificateView> Rows { get; private set; } = [];

    /// <summary>The certificate being renewed or changed (<c>?id=</c>), if any.</summary>
    public CertificateView? Selected { get; private set; }

    public bool CanWrite { get; private set; }

    public IReadOnlyList<string> ModelCodes { get; private set; } = [];

    public IReadOnlyList<(string Iso2, string Name)> Markets { get; private set; } = [];

    public IReadOnlyList<string> Kinds { get; private set; } = [];

    /// <summary>Which form the errors belong to: <c>add</c>, <c>renew</c> or <c>status</c>.</summary>
    public string? Form { get; private set; }

    public FieldErrors Errors { get; } = new();

    public IReadOnlyDictionary<string, string> Input { get; private set; } = new Dictionary<string, string>();

    [TempData]
    public string? Done { get; set; }

    public DateOnly Today => registry.Today;

    public string Value(string field, string? otherwise = null) => Input.TryGetValue(field, out var v) ? v : otherwise ?? "";

    public async Task<IActionResult> OnGetAsync(string? model, string? market, string? kind, string? status, Guid? id, CancellationToken ct)
    {
        CertificateStatus? s = Enum.TryParse<CertificateStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
        Filter = new CertificateFilter(Blank(model), Blank(market), Blank(kind), s);
        if (id is { } selected && (Selected = await registry.FindAsync(selected, ct)) is null)
        {
            return NotFound();
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!await MayWriteAsync())
        {
            return Forbid();
        }

        Form = "add";
        var f = Read(AddFields);
        var issued = Errors.Date(f["issuedOn"], "issuedOn", required: true);
        var expires = Errors.Date(f["expiresOn"], "expiresOn", required: false);
        var klass = EmissionClassOf(f["emissionClass"]);
        if (!Errors.Any)
        {
            var result = await registry.AddAsync(f["model"], f["market"], f["kind"], f["number"], f["issuer"], issued!.Value, expires, klass, f["source"], Blank(f["assumption"]), ct);
            if (result.Succeeded)
            {
                Done = $"Certificate {result.Value.Kind} {result.Value.Number} recorded for {result.Value.Model} in {result.Value.Market}.";
                return RedirectToPage(new { model = result.Value.Model, market = result.Value.Market });
            }

            Errors.AddAll(result.Errors, AddFields);
        }

        return await RefusedAsync(null, ct);
    }

    public async Task<IActionResult> OnPostRenewAsync(Guid id, CancellationToken ct)
    {
        if (!await MayWriteAsync())
        {
            return Forbid();
        }

        Form = "renew";
        var f = Read(AddFields);
        var issued = Errors.Date(f["issuedOn"], "issuedOn", required: true);
        var expires = Errors.Date(f["expiresOn"], "expiresOn", required: false);
        var klass = EmissionClassOf(f["emissionClass"]);
        if (!Errors.Any)
        {
            var result = await registry.RenewAsync(id, f["number"], Blank(f["issuer"]), issued!.Value, expires, klass, f["source"], Blank(f["assumption"]), ct);
            if (result is null)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                Done = $"Renewed: certificate {result.Value.Kind} {result.Value.Number} recorded for {result.Value.Model} in {result.Value.Market}, in force from {result.Value.IssuedOn:yyyy-MM-dd}.";
                return RedirectToPage(new { model = result.Value.Model, market = result.Value.Market });
            }

            Errors.AddAll(result.Errors, AddFields);
        }

        return await RefusedAsync(id, ct);
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken ct)
    {
        if (!await MayWriteAsync())
        {
            return Forbid();
        }

        Form = "status";
        var f = Read(StatusFields);
        var from = Errors.Date(f["from"], "from", required: true);
        if (!Enum.TryParse<CertificateStatus>(f["status"], ignoreCase: true, out var status) || !Enum.IsDefined(status))
        {
            Errors.Add("status", "choose valid, suspended or revoked");
        }

        if (f["reason"].Length == 0)
        {
            Errors.Add("reason", "give the reason for the change (it is kept in the history)");
        }

        if (!Errors.Any)
        {
            var result = await registry.ChangeStatusAsync(id, status, from!.Value, f["reason"], ct);
            if (result is null)
            {
                return NotFound();
            }

            if (result.Succeeded)
            {
                Done = $"Certificate {result.Value.Number} is {status.ToString().ToLowerInvariant()} from {from:yyyy-MM-dd}.";
                return RedirectToPage(new { model = result.Value.Model, market = result.Value.Market });
            }

            // The domain's refusals name no form field: a day before the issue day or the last change is about "from".
            foreach (var error in result.Errors)
            {
                Errors.Add(error.StartsWith("status_on", StringComparison.Ordinal) ? "from" : "status", error.Replace("status_on ", "", StringComparison.Ordinal));
            }
        }

        return await RefusedAsync(id, ct);
    }

    private async Task<IActionResult> RefusedAsync(Guid? id, CancellationToken ct)
    {
        if (id is { } selected && (Selected = await registry.FindAsync(selected, ct)) is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private Dictionary<string, string> Read(string[] fields)
    {
        var form = fields.ToDictionary(f => f, f => Request.Form[f].ToString().Trim());
        Input = form;
        return form;
    }

    private EmissionClass? EmissionClassOf(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (EmissionClassText.TryParse(text, out var c))
        {
            return c;
        }

        Errors.Add("emissionClass", $"'{text}' is not one of Euro-0 … Euro-6");
        return null;
    }

    private async Task<bool> MayWriteAsync() => (await authorization.AuthorizeAsync(User, Policies.WriteMarketAccess)).Succeeded;

    private async Task LoadAsync(CancellationToken ct)
    {
        Rows = await registry.ListAsync(Filter, ct);
        CanWrite = await MayWriteAsync();
        if (CanWrite)
        {
            ModelCodes = (await db.VehicleModels.AsNoTracking().Select(m => m.Code).ToListAsync(ct)).Order(StringComparer.Ordinal).ToList();
            Markets = (await db.Markets.AsNoTracking().Select(m => new { m.Iso2, m.Name }).ToListAsync(ct)).Select(m => (m.Iso2, m.Name)).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
            Kinds = (await db.Set<RequirementKind>().AsNoTracking().ToListAsync(ct)).SelectMany(k => k.SatisfiedBy).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
