using System.Runtime.CompilerServices;
using Corridor.Common;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Catalog;

/// <summary><c>parts.csv</c>: one spare part per row; <c>maker</c> refers to makers.csv or a stored maker.</summary>
public sealed class PartImporter : CsvEntityImporter<Part>
{
    private readonly ConditionalWeakTable<Part, string> _makerOf = [];
    private HashSet<string>? _storedMakers;

    public override string FileName => "parts.csv";

    public override int Order => 120;

    public override bool OrganisationScoped => true;

    protected override IReadOnlyList<string> Header { get; } =
        ["maker", "part_number", "name", "product_group", "hs_code", "weight_kg", "unit_price", "currency", "source", "assumption"];

    protected override string? ProvidesKind => "part";

    protected override string KeyColumn => "part_number";

    protected override Part? Parse(CsvRow row, ImportContext context)
    {
        _storedMakers ??= MakerReferences.StoredCodesAsync(context.Db, CancellationToken.None).GetAwaiter().GetResult();
        var maker = MakerReferences.CheckMaker(row, context, _storedMakers);
        var number = row.Required("part_number");
        var name = row.Required("name");
        var group = row.Required("product_group");
        var hsText = row.Required("hs_code");
        if (hsText.Length > 0 && !HsCode.TryParse(hsText, out _))
        {
            row.Error("hs_code", $"'{hsText}' is not an HS code (e.g. 8708.91)");
        }

        var weight = row.RequiredDecimal("weight_kg");
        var price = row.OptionalDecimal("unit_price");
        var currency = row.OptionalCurrency("currency");
        if (price is not null && currency is null && row.Optional("currency") is null)
        {
            row.Error("currency", "is required when unit_price is given");
        }

        var source = row.Required("source");
        var part = row.Build(() => new Part(
            Guid.Empty, number, name, group, HsCode.Parse(hsText), weight,
            price is { } p && currency is { } c ? new Money(p, c) : null, source, row.Optional("assumption")));
        if (part is not null)
        {
            _makerOf.AddOrUpdate(part, maker);
        }

        return part;
    }

    protected override string KeyOf(Part entity) => entity.PartNumber;

    protected override Task<Dictionary<string, Part>> LoadExistingAsync(CorridorDbContext db, CancellationToken ct) =>
        db.Parts.ToDictionaryAsync(m => m.PartNumber, StringComparer.OrdinalIgnoreCase, ct);

    protected override async Task ResolveReferencesAsync(Part entity, ImportContext context, CancellationToken ct) =>
        entity.AssignMaker(await MakerReferences.IdOfAsync(context.Db, _makerOf.TryGetValue(entity, out var m) ? m : "", ct));

    protected override bool Update(Part existing, Part incoming) => existing.UpdateFrom(incoming);

    protected override async Task<IReadOnlyList<string?[]>> RowsForExportAsync(CorridorDbContext db, CancellationToken ct) =>
        (await db.Parts.AsNoTracking().Include(p => p.Maker).OrderBy(p => p.PartNumber).ToListAsync(ct))
            .Select(p => new[]
            {
                p.Maker!.Code, p.PartNumber, p.Name, p.ProductGroup, p.HsCode.ToString(), Num(p.WeightKg), Num(p.UnitPriceAmount), p.UnitPriceCurrency, p.Source, p.Assumption,
            }).ToList();
}
