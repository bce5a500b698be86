using Corridor.Catalog;
using Corridor.Storage;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Pages.Catalog;

/// <summary>The choices of the catalogue forms, with the words people read (the values are the codes the API takes).</summary>
public static class CatalogOptions
{
    public static IReadOnlyList<SelectListItem> Categories { get; } =
    [
        new("M1 — passenger car (up to 8 seats)", nameof(VehicleCategory.M1)),
        new("M2 — minibus or bus up to 5 t", nameof(VehicleCategory.M2)),
        new("M3 — bus over 5 t", nameof(VehicleCategory.M3)),
        new("N1 — light goods vehicle up to 3.5 t", nameof(VehicleCategory.N1)),
        new("N2 — goods vehicle 3.5 t to 12 t", nameof(VehicleCategory.N2)),
        new("N3 — goods vehicle over 12 t", nameof(VehicleCategory.N3)),
    ];

    public static IReadOnlyList<SelectListItem> Fuels { get; } =
    [
        new("Petrol", "petrol"), new("Diesel", "diesel"), new("Compressed natural gas (CNG)", "cng"),
        new("Bi-fuel (petrol and CNG)", "bifuel"), new("Hybrid", "hybrid"), new("Electric", "electric"),
    ];

    public static IReadOnlyList<SelectListItem> EmissionClasses { get; } =
        Enum.GetValues<EmissionClass>().Select(e => new SelectListItem(e.ToText(), e.ToText())).ToList();

    /// <summary>The organisation's makers as "Name (CODE)", with an empty first choice.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> MakersAsync(CorridorDbContext db, CancellationToken ct) =>
        [new SelectListItem("— choose a maker —", ""),
         .. (await db.Makers.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Code, m.Name }).ToListAsync(ct))
            .Select(m => new SelectListItem($"{m.Name} ({m.Code})", m.Code))];

    public static ModelInput Of(VehicleModel m, string makerCode) =>
        new(m.Code, m.Name, makerCode, m.Category.ToString(), m.EngineCc, m.Fuel.ToString().ToLowerInvariant(), m.EmissionClass.ToText(),
            m.KerbWeightKg, m.HsCode.ToString(), m.ListPriceAmount, m.ListPriceCurrency.Length == 0 ? null : m.ListPriceCurrency, m.Source, m.Assumption);

    public static PartInput Of(Part p, string makerCode) =>
        new(p.PartNumber, p.Name, makerCode, p.ProductGroup, p.HsCode.ToString(), p.WeightKg, p.UnitPriceAmount,
            p.UnitPriceCurrency.Length == 0 ? null : p.UnitPriceCurrency, p.Source, p.Assumption);

    public static readonly IReadOnlySet<string> ModelFields = new HashSet<string>
    {
        "code", "name", "maker", "category", "engineCc", "fuel", "emissionClass", "kerbWeightKg", "hsCode", "listPrice", "currency", "source", "assumption",
    };

    public static readonly IReadOnlySet<string> PartFields = new HashSet<string>
    {
        "partNumber", "name", "maker", "productGroup", "hsCode", "weightKg", "unitPrice", "currency", "source", "assumption",
    };
}
