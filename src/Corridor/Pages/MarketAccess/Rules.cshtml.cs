using Corridor.MarketAccess;
using Corridor.Storage;
using Corridor.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.MarketAccess;

/// <summary>
/// The market rules with their sources, and — for the corridor operator, who writes shared reference data — a form to
/// add one, through the same <see cref="MarketRuleWrites"/> as <c>POST /api/access/rules</c>. Bad input is shown next to
/// its field and nothing is written.
/// </summary>
public sealed class RulesModel(CorridorDbContext db, IAuthorizationService authorization) : PageModel
{
    /// <summary>The fields of the add form, named as the rule's wire shape names them.</summary>
    public static readonly string[] Fields = ["code", "market", "kind", "effect", "minEmissionClass", "categories", "condition", "origin", "validFrom", "validUntil", "title", "legalReference", "source", "assumption"];

    public string? Market { get; private set; }

    public IReadOnlyList<MarketRule> Rows { get; private set; } = [];

    public IReadOnlyList<string> Markets { get; private set; } = [];

    public IReadOnlyList<(string Iso2, string Name)> AllMarkets { get; private set; } = [];

    public IReadOnlyList<RequirementKind> Kinds { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public FieldErrors Errors { get; } = new();

    /// <summary>What the form holds (the values sent back after a refusal).</summary>
    public IReadOnlyDictionary<string, string> Input { get; private set; } = new Dictionary<string, string>();

    [TempData]
    public string? Done { get; set; }

    public string Value(string field) => Input.TryGetValue(field, out var v) ? v : "";

    public async Task OnGetAsync(string? market, CancellationToken ct) => await LoadAsync(market, ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.WriteReference)).Succeeded)
        {
            return Forbid();
        }

        var form = Fields.ToDictionary(f => f, f => Request.Form[f].ToString().Trim());
        Input = form;
        string? Opt(string f) => form[f].Length == 0 ? null : form[f];
        var from = Errors.Date(form["validFrom"], "validFrom", required: true);
        var until = Errors.Date(form["validUntil"], "validUntil", required: false);
        if (!Errors.Any)
        {
            var dto = new MarketAccessDtos.RuleDto(form["code"], form["market"], form["kind"], Opt("effect") ?? "require", Opt("minEmissionClass"),
                Opt("categories")?.Split([' ', ';', ','], StringSplitOptions.RemoveEmptyEntries), Opt("condition"), Opt("origin"),
                from!.Value, until, form["title"], Opt("legalReference"), form["source"], Opt("assumption"));
            var (rule, invalid, conflict) = await MarketRuleWrites.AddAsync(db, dto, ct);
            if (rule is not null)
            {
                Done = $"Rule {rule.Code} added for {rule.MarketIso2} from {rule.ValidFrom:yyyy-MM-dd}.";
                return RedirectToPage(new { market = rule.MarketIso2 });
            }

            foreach (var (field, messages) in invalid ?? [])
            {
                foreach (var m in messages)
                {
                    if (Fields.Any(f => FieldErrors.Key(f) == FieldErrors.Key(field)))
                    {
                        Errors.Add(field, m);
                    }
                    else
                    {
                        Errors.AddGeneral(m);
                    }
                }
            }

            if (conflict is not null)
            {
                Errors.Add("code", conflict);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(null, ct);
        return Page();
    }

    private async Task LoadAsync(string? market, CancellationToken ct)
    {
        Market = string.IsNullOrWhiteSpace(market) ? null : market.Trim().ToUpperInvariant();
        var all = await db.Set<MarketRule>().AsNoTracking().ToListAsync(ct);
        Markets = all.Select(r => r.MarketIso2).Distinct().Order(StringComparer.Ordinal).ToList();
        Rows = all.Where(r => Market is null || r.MarketIso2 == Market)
            .OrderBy(r => r.MarketIso2, StringComparer.Ordinal).ThenBy(r => r.ValidFrom).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        CanWrite = (await authorization.AuthorizeAsync(User, Policies.WriteReference)).Succeeded;
        if (CanWrite)
        {
            AllMarkets = (await db.Markets.AsNoTracking().Select(m => new { m.Iso2, m.Name }).ToListAsync(ct)).Select(m => (m.Iso2, m.Name)).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
            Kinds = (await db.Set<RequirementKind>().AsNoTracking().ToListAsync(ct)).OrderBy(k => k.Code, StringComparer.Ordinal).ToList();
        }
    }
}
