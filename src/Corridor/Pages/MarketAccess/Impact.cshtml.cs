using System.Globalization;
using Corridor.Catalog;
using Corridor.MarketAccess;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.MarketAccess;

/// <summary>
/// What a rule would do: either a stored rule (<c>?rule=CODE</c>: the rules without it against the rules as they
/// are) or a proposal typed into the form (nothing is saved). A GET, because it changes nothing.
/// </summary>
public sealed class ImpactModel(CorridorDbContext db, MarketAccessService service) : PageModel
{
    public sealed record Proposal(
        string? Code, string? Market, string? Kind, string? Effect, string? MinEmissionClass, string? Categories, string? Condition,
        string? From, string? Until, string? Title);

    public Proposal Form { get; private set; } = new("PROPOSAL-1", "RU", "MIN-EMISSION-CLASS", "require", "Euro-6", "M1", "new", null, null, "Proposed rule");

    public IReadOnlyList<RequirementKind> Kinds { get; private set; } = [];

    public RuleImpactReport? Report { get; private set; }

    public string? StoredRule { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(string? rule, string? code, string? market, string? kind, string? effect, string? minEmissionClass,
        string? categories, string? condition, string? from, string? until, string? title, CancellationToken ct)
    {
        Kinds = await db.Set<RequirementKind>().AsNoTracking().OrderBy(k => k.Code).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(rule))
        {
            StoredRule = rule.Trim().ToUpperInvariant();
            var stored = await service.ImpactOfStoredRuleAsync(StoredRule, null, null, ct);
            if (stored.Succeeded)
            {
                Report = stored.Value;
            }
            else
            {
                Errors = stored.Errors;
            }

            return;
        }

        if (market is null && kind is null)
        {
            return; // the empty form
        }

        Form = new Proposal(code, market, kind, effect, minEmissionClass, categories, condition, from, until, title);
        var errors = new List<string>();
        var start = Date(from, "valid from", errors);
        var end = string.IsNullOrWhiteSpace(until) ? null : Date(until, "valid until", errors);
        if (errors.Count > 0)
        {
            Errors = errors;
            return;
        }

        var dto = new MarketAccessDtos.RuleDto(
            string.IsNullOrWhiteSpace(code) ? "PROPOSAL-1" : code, market ?? "", kind ?? "", effect ?? "require",
            string.IsNullOrWhiteSpace(minEmissionClass) ? null : minEmissionClass,
            (categories ?? "").Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries), string.IsNullOrWhiteSpace(condition) ? null : condition, null,
            start ?? default, end, string.IsNullOrWhiteSpace(title) ? "Proposed rule" : title, null, "proposal", null);
        MarketRule proposal;
        try
        {
            proposal = MarketAccessDtos.FromDto(dto, Kinds.ToDictionary(k => k.Code, StringComparer.OrdinalIgnoreCase));
        }
        catch (ArgumentException ex)
        {
            Errors = [$"{ex.ParamName}: {ex.Message.Split(" (Parameter")[0]}"];
            return;
        }

        if (!await db.Markets.AnyAsync(m => m.Iso2 == proposal.MarketIso2, ct))
        {
            Errors = [$"market: unknown market '{proposal.MarketIso2}'"];
            return;
        }

        Report = await service.ImpactAsync([proposal], [], null, null, ct);
    }

    private static DateOnly? Date(string? text, string field, List<string> errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        errors.Add($"{field}: '{text}' is not a date in the form YYYY-MM-DD");
        return null;
    }

    public static IEnumerable<string> EmissionClasses => Enum.GetValues<EmissionClass>().Select(c => c.ToText());
}
