using Corridor.Storage;
using Corridor.Trade;
using Corridor.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Trade;

/// <summary>The choices of the agreement form, from the acting organisation's catalogue and trade partners.</summary>
public sealed record AgreementChoices(IReadOnlyList<SelectListItem> Makers, IReadOnlyList<SelectListItem> Partners, IReadOnlyList<SelectListItem> Items,
    IReadOnlyDictionary<Guid, string> PartnerCodes)
{
    public static readonly AgreementChoices None = new([], [], [], new Dictionary<Guid, string>());

    public static async Task<AgreementChoices> LoadAsync(CorridorDbContext db, CancellationToken ct)
    {
        var makers = await db.Makers.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Code, m.Name }).ToListAsync(ct);
        var partners = await db.Set<TradePartner>().AsNoTracking().Join(db.Counterparties.AsNoTracking(), p => p.CounterpartyId, c => c.Id, (p, c) => new { p.Code, p.CounterpartyId, c.Name })
            .ToListAsync(ct);
        var models = await db.VehicleModels.AsNoTracking().Select(m => m.Code).ToListAsync(ct);
        var parts = await db.Parts.AsNoTracking().Select(p => p.PartNumber).ToListAsync(ct);
        return new AgreementChoices(
            [new SelectListItem("— choose a maker —", ""), .. makers.Select(m => new SelectListItem($"{m.Name} ({m.Code})", m.Code))],
            [new SelectListItem("—", ""), .. partners.OrderBy(p => p.Code, StringComparer.Ordinal).Select(p => new SelectListItem($"{p.Code} — {p.Name}", p.Code))],
            [new SelectListItem("—", ""), .. models.Order(StringComparer.Ordinal).Select(m => new SelectListItem(Labels.Item("model:" + m), m)),
                .. parts.Order(StringComparer.Ordinal).Select(p => new SelectListItem(Labels.Item("part:" + p), p))],
            partners.ToDictionary(p => p.CounterpartyId, p => p.Code));
    }

    public ViewDataDictionary ViewData(ViewDataDictionary parent, bool creating) =>
        new(parent) { ["Makers"] = Makers, ["Partners"] = Partners, ["Items"] = Items, ["Creating"] = creating };
}
