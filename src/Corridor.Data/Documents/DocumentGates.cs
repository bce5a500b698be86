using Corridor.Compliance;
using Corridor.MarketAccess;
using Corridor.Storage;
using Corridor.Trade;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Documents;

/// <summary>
/// The two gates an issue re-runs for its order, and only those: screening of every party (the order's buyer and
/// consignee and its agreement's parties, through <see cref="IScreeningGate"/>) and market access of every model line
/// on the requested day (the eligibility engine of <see cref="MarketAccessService"/>). The order promise computes the
/// same two on the way to routes, landed cost and ceilings, which an issue does not use and which cost most of its
/// time outside rendering (decision 038); the results, their order and their wording are the promise's, so the
/// snapshot holds what it held when the promise was asked (<c>DocumentGatesTests</c> compares the two).
/// </summary>
public sealed class DocumentGates(CorridorDbContext db, MarketAccessService access, IScreeningGate gate, TimeProvider clock)
{
    /// <summary>The gate results of <paramref name="order"/> as of today, and every refusal (empty when both gates pass).</summary>
    public async Task<OrderGates> CheckAsync(TradeOrder order, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var refusals = new List<GateRefusal>();
        if (!await db.Markets.AsNoTracking().AnyAsync(m => m.Iso2 == order.Market, ct))
        {
            refusals.Add(new GateRefusal("market_access", null, $"unknown market '{order.Market}'"));
        }

        var modelCodes = order.Lines.Where(l => l.ItemKind == OrderItemKind.Model).Select(l => l.ItemCode).Distinct().ToList();
        var models = await db.VehicleModels.AsNoTracking().Where(m => modelCodes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, StringComparer.OrdinalIgnoreCase, ct);
        var engine = modelCodes.Count > 0 ? await access.LoadEngineAsync(ct) : null;
        var lines = new List<GateLine>();
        foreach (var line in order.Lines.OrderBy(l => l.LineNo))
        {
            if (line.ItemKind != OrderItemKind.Model || !models.TryGetValue(line.ItemCode, out var model))
            {
                lines.Add(new GateLine(line.LineNo, line.ItemCode, null, []));
                continue;
            }

            var answer = engine!.Check(ModelProfile.Of(model), order.Market, order.RequestedDate);
            lines.Add(new GateLine(line.LineNo, line.ItemCode, answer.Eligible, answer.Reasons.Select(r => r.Message).ToList()));
            refusals.AddRange(answer.Reasons.Select(r => new GateRefusal("market_access", line.LineNo, $"{model.Code} in {order.Market} on {order.RequestedDate:yyyy-MM-dd}: {r.Message}")));
        }

        var parties = new List<GateParty>();
        var roles = await OrderParties.RolesAsync(db, order, ct);
        var ids = roles.Select(r => r.Id).ToList();
        var result = await gate.CheckAsync(ids, ct);
        var names = await db.Counterparties.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        foreach (var (id, role) in roles)
        {
            var blocks = result.Blocks.Where(b => b.CounterpartyId == id).Select(b => b.ToString()).ToList();
            parties.Add(new GateParty(names.GetValueOrDefault(id, id.ToString()), role, blocks.Count > 0, blocks));
            refusals.AddRange(blocks.Select(b => new GateRefusal("screening", null, b)));
        }

        return new OrderGates(today, parties, lines, refusals);
    }
}

/// <summary>A gate's refusal: its kind (screening, market_access), the order line if any, and why — worded as the promise's blockers.</summary>
public sealed record GateRefusal(string Kind, int? Line, string Reason)
{
    public override string ToString() => Line is { } l ? $"{Kind} (line {l}): {Reason}" : $"{Kind}: {Reason}";
}

/// <summary>A party's screening at issue.</summary>
public sealed record GateParty(string Name, string Role, bool Blocked, IReadOnlyList<string> Reasons);

/// <summary>An order line's market access at issue (eligible null for a part or an unknown model: nothing to check).</summary>
public sealed record GateLine(int Line, string Item, bool? Eligible, IReadOnlyList<string> Reasons);

/// <summary>Both gates of an order on <see cref="CheckedOn"/>; <see cref="Snapshot"/> is what an issued document freezes.</summary>
public sealed record OrderGates(DateOnly CheckedOn, IReadOnlyList<GateParty> Screening, IReadOnlyList<GateLine> MarketAccess, IReadOnlyList<GateRefusal> Refusals)
{
    /// <summary>The snapshot's <c>gates</c> object: checked_on, screening per party, market_access per line.</summary>
    public object Snapshot => new { checked_on = CheckedOn, screening = Screening, market_access = MarketAccess };
}
