using System.Runtime.CompilerServices;
using Corridor.Common;
using Corridor.Import;
using Corridor.Storage;
using Microsoft.EntityFrameworkCore;

namespace Corridor.Catalog;

/// <summary><c>vehicle-models.csv</c>: one vehicle model per row; <c>maker</c> refers to makers.csv or a stored maker.</summary>
public sealed class VehicleModelImporter : CsvEntityImporter<VehicleModel>
{
    private readonly ConditionalWeakTable<VehicleModel, string> _makerOf = [];
    private HashSet<string>? _storedMakers;

    public override string FileName => "vehicle-models.csv";

    public override int Order => 110;

    public override bool OrganisationScoped => true;

    protected override IReadOnlyList<string> Header { get; } =
        ["maker", "code", "name", "category", "engine_cc", "fuel", "emission_class", "kerb_weight_kg", "hs_code", "list_price", "currency", "source", "assumption"];

    protected override string? ProvidesKind => "model";

    protected override string KeyColumn => "code";

    protected override VehicleModel? Parse(CsvRow row, ImportContext context)
    {
        _storedMakers ??= MakerReferences.StoredCodesAsync(context.Db, CancellationToken.None).GetAwaiter().GetResult();
        var maker = MakerReferences.CheckMaker(row, context, _storedMakers);
        var code = row.Required("code");
        var name = row.Required("name");
        var category = row.RequiredEnum<VehicleCategory>("category");
        var fuel = row.RequiredEnum<FuelType>("fuel");
        var engine = fuel == FuelType.Electric ? row.OptionalInt("engine_cc") ?? 0 : row.RequiredInt("engine_cc");
        var emissionText = row.Required("emission_class");
        if (emissionText.Length > 0 && !EmissionClassText.TryParse(emissionText, out _))
        {
            row.Error("emission_class", $"'{emissionText}' is not one of Euro-0 … Euro-6");
        }

        EmissionClassText.TryParse(emissionText, out var emission);
        var weight = row.RequiredInt("kerb_weight_kg");
        var hsText = row.Required("hs_code");
        if (hsText.Length > 0 && !HsCode.TryParse(hsText, out _))
        {
            row.Error("hs_code", $"'{hsText}' is not an HS code (e.g. 8703.23)");
        }
        else if (HsCode.TryParse(hsText, out var hs) && !(hs.IsWithin("8703") || hs.IsWithin("8704")))
        {
            row.Error("hs_code", $"{hs} is not a vehicle heading (8703 cars, 8704 goods vehicles)");
        }

        var price = row.OptionalDecimal("list_price");
        var currency = row.OptionalCurrency("currency");
        if (price is not null && currency is null && row.Optional("currency") is null)
        {
            row.Error("currency", "is required when list_price is given");
        }

        var source = row.Required("source");
        var model = row.Build(() => new VehicleModel(
            Guid.Empty, code, name, category, engine, fuel, emission, weight, HsCode.Parse(hsText),
            price is { } p && currency is { } c ? new Money(p, c) : null, source, row.Optional("assumption")));
        if (model is not null)
        {
            _makerOf.AddOrUpdate(model, maker);
        }

        return model;
    }

    protected override string KeyOf(VehicleModel entity) => entity.Code;

    protected override Task<Dictionary<string, VehicleModel>> LoadExistingAsync(CorridorDbContext db, CancellationToken ct) =>
        db.VehicleModels.ToDictionaryAsync(m => m.Code, StringComparer.OrdinalIgnoreCase, ct);

    protected override async Task ResolveReferencesAsync(VehicleModel entity, ImportContext context, CancellationToken ct) =>
        entity.AssignMaker(await MakerReferences.IdOfAsync(context.Db, _makerOf.TryGetValue(entity, out var m) ? m : "", ct));

    protected override bool Update(VehicleModel existing, VehicleModel incoming) => existing.UpdateFrom(incoming);

    protected override async Task<IReadOnlyList<string?[]>> RowsForExportAsync(CorridorDbContext db, CancellationToken ct) =>
        (await db.VehicleModels.AsNoTracking().Include(m => m.Maker).OrderBy(m => m.Code).ToListAsync(ct))
            .Select(m => new[]
            {
                m.Maker!.Code, m.Code, m.Name, m.Category.ToString(), Num(m.EngineCc), m.Fuel.ToString().ToLowerInvariant(), m.EmissionClass.ToText(),
                Num(m.KerbWeightKg), m.HsCode.ToString(), Num(m.ListPriceAmount), m.ListPriceCurrency, m.Source, m.Assumption,
            }).ToList();
}
