using Corridor.Storage;
using Microsoft.EntityFrameworkCore;
using static Corridor.MarketAccess.MarketAccessDtos;

namespace Corridor.MarketAccess;

/// <summary>
/// Adding a market rule (shared reference data), for the API (<c>POST /api/access/rules</c>) and the rules page alike:
/// the rule is built from its wire shape (every refusal names its field), its market must exist and its code be new.
/// Nothing is written unless all of that holds.
/// </summary>
public static class MarketRuleWrites
{
    /// <summary>The rule written, or the refusals by field (<c>Invalid</c>), or why the stored state refuses it (<c>Conflict</c>).</summary>
    public static async Task<(MarketRule? Rule, Dictionary<string, string[]>? Invalid, string? Conflict)> AddAsync(CorridorDbContext db, RuleDto input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var kinds = await db.Set<RequirementKind>().AsNoTracking().ToDictionaryAsync(k => k.Code, StringComparer.OrdinalIgnoreCase, ct);
        MarketRule rule;
        try
        {
            rule = FromDto(input, kinds);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            var field = (ex as ArgumentException)?.ParamName is { Length: > 0 } name ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name) : "$";
            return (null, new Dictionary<string, string[]> { [field] = [ex.Message.Split(" (Parameter")[0]] }, null);
        }

        if (!await db.Markets.AnyAsync(m => m.Iso2 == rule.MarketIso2, ct))
        {
            return (null, new Dictionary<string, string[]> { ["market"] = [$"unknown market '{rule.MarketIso2}'"] }, null);
        }

        if (await db.Set<MarketRule>().AnyAsync(r => r.Code == rule.Code, ct))
        {
            return (null, null, $"rule '{rule.Code}' exists already");
        }

        db.Add(rule);
        await db.SaveChangesAsync(ct);
        return (rule, null, null);
    }
}
