using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Trade;

/// <summary>The parties an order's gates screen, with their roles (shared by the order promise and the documents' issue gates).</summary>
public static class OrderParties
{
    /// <summary>The order's parties with their roles: buyer, consignee when another, then the agreement's other parties.</summary>
    public static async Task<List<(Guid Id, string Role)>> RolesAsync(CorridorDbContext db, TradeOrder order, CancellationToken ct)
    {
        var roles = new List<(Guid Id, string Role)> { (order.BuyerId, "buyer") };
        if (order.ConsigneeId is { } consignee && consignee != order.BuyerId)
        {
            roles.Add((consignee, "consignee"));
        }

        if (order.AgreementId is { } agreementId)
        {
            var agreementParties = await db.Set<AgreementParty>().AsNoTracking().Where(p => EF.Property<Guid>(p, "AgreementId") == agreementId).ToListAsync(ct);
            roles.AddRange(agreementParties.Where(p => roles.All(r => r.Id != p.CounterpartyId)).Select(p => (p.CounterpartyId, $"agreement {p.Role.ToString().ToLowerInvariant()}")));
        }

        return roles;
    }
}
